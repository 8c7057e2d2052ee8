-- A reflection or recommendation (phản ánh, kiến nghị) once accepted for handling needs an answer date too. The law
-- names no single period (Luật Tiếp công dân 2013, Điều 28; Nghị định 64/2014/NĐ-CP), so this is the province's own
-- working target, flagged unverified and editable like every rule.
INSERT INTO pt_deadline_rule (id, kind, step, amount, complex_amount, remote_amount, remote_complex_amount, day_kind,
                              civil_code_end, max_extensions, extension_amount, legal_basis, effective_from, verified,
                              created_at) VALUES
 ('8a000000-0000-4000-8000-000000000101', 'REFLECTION', 'ACCEPTED', 15, 30, NULL, NULL, 'WORKING_DAY', false, 1, 15,
  'Luật Tiếp công dân 2013, Điều 28; Nghị định 64/2014/NĐ-CP (thời hạn trả lời do tỉnh quy định)', '2021-10-01',
  false, now());
