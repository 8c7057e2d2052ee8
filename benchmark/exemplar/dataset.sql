-- "Dân vận khéo" benchmark data: 100,000 models and exemplars over ten years (2017–2026) across today's communes of
-- Hưng Yên (admin_unit parent '33'), ten consecutive years per owner and name (so 9 of 10 are "continued"), with
-- recognitions (some revoked), annual self-assessments, replications and public flags. All rows are marked
-- demo = true and named "BENCH …"; ids are md5-derived, so the script is deterministic. Run on an empty registry.
WITH communes AS (
    SELECT (row_number() OVER (ORDER BY id)) - 1 AS n, id, full_name, path
    FROM admin_unit WHERE parent_id = '33' AND valid_to IS NULL
), total AS (SELECT count(*) AS c FROM communes)
INSERT INTO ex_entry (id, kind, year, name, field, level, owner_org_id, owner_org_name, path, province_code,
                      place_unit_id, place_unit_name, place_path, latitude, longitude, summary, story, started_on,
                      status, replicated_from, public, name_key, search_text, sort_key, demo, created_at, updated_at)
SELECT md5('bench-ex-' || g)::uuid,
       CASE WHEN g % 3 = 0 THEN 'EXEMPLAR' ELSE 'MODEL' END,
       2017 + g % 10,
       'BENCH Mô hình dân vận khéo ' || (g / 10) || ' ' || m.full_name,
       (ARRAY['ECONOMIC', 'CULTURAL_SOCIAL', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM'])[1 + (g / 10) % 4],
       (ARRAY['COMMUNE', 'COMMUNE', 'COMMUNE', 'PROVINCE'])[1 + (g / 40) % 4],
       md5('bench-owner-' || (g / 10) % 5000)::uuid,
       'Đơn vị ' || m.full_name,
       m.path, '33', m.id, m.full_name, m.path,
       20.55 + ((g / 10) % 97) / 400.0, 105.95 + ((g / 10) % 89) / 400.0,
       'Tóm tắt mô hình số ' || g || ': huy động nhân dân hiến đất, góp công làm đường, giữ gìn vệ sinh môi trường.',
       'Câu chuyện của mô hình số ' || g,
       make_date(2017 + g % 10, 1 + g % 12, 1),
       CASE WHEN g % 10 = 9 THEN 'IN_PROGRESS' WHEN g % 7 = 0 THEN 'REVOKED' WHEN g % 3 = 1 THEN 'RECOGNISED'
            WHEN g % 3 = 2 THEN 'NOT_RECOGNISED' ELSE 'CLOSED' END,
       CASE WHEN g % 20 = 15 THEN md5('bench-ex-' || (g - 10))::uuid END,
       g % 2 = 1,
       'bench mo hinh dan van kheo ' || (g / 10),
       lower('bench mo hinh dan van kheo ' || (g / 10) || ' ' || translate(m.full_name,
           'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
           'AAAAAAAAAAAAAAAAADEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYaaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy')),
       convert_to('BENCH ' || lpad((g / 10)::text, 6, '0'), 'UTF8'),
       true, now(), now()
FROM generate_series(0, 99999) AS g
JOIN communes m ON m.n = (g / 10) % (SELECT c FROM total);

INSERT INTO ex_recognition (id, entry_id, level, decision_number, decided_on, authority, revoked_on, revoke_reason,
                            created_at)
SELECT md5('bench-rec-' || e.id)::uuid, e.id, e.level, 'BENCH ' || left(e.id::text, 8) || '/QĐ-UBND',
       make_date(e.year, 12, 15), 'Ủy ban nhân dân',
       CASE WHEN e.status = 'REVOKED' THEN make_date(e.year + 1, 3, 1) END,
       CASE WHEN e.status = 'REVOKED' THEN 'Không còn duy trì' END, now()
FROM ex_entry e WHERE e.demo AND e.name LIKE 'BENCH %' AND e.status IN ('RECOGNISED', 'REVOKED');

INSERT INTO ex_self_assessment (entry_id, period, text, effective, assessed_on, author_name)
SELECT e.id, 'ANNUAL', 'Tự đánh giá', (hashtext(e.id::text) % 5) <> 0, make_date(e.year, 12, 1), 'BENCH'
FROM ex_entry e WHERE e.demo AND e.name LIKE 'BENCH %' AND e.status <> 'IN_PROGRESS';

ANALYZE ex_entry;
ANALYZE ex_recognition;
ANALYZE ex_self_assessment;
