-- A large key project for the land-clearance page benchmark: 20,000 households over the four demo communes of
-- Hưng Yên (33), ≈ 30,000 plots, a stage history per household, 100,000 outreach visits with two visitors each and
-- ≈ 2,000 obstacles (a quarter escalated). Idempotent: the project is replaced. psql variables: households, visits.
\set ON_ERROR_STOP on
\if :{?households}
\else
  \set households 20000
\endif
\if :{?visits}
\else
  \set visits 100000
\endif

BEGIN;
DELETE FROM lc_project WHERE id = '6b000000-0000-4000-8000-0000000000be';
DELETE FROM lc_stage_change WHERE project_id = '6b000000-0000-4000-8000-0000000000be';
DELETE FROM lc_visit WHERE project_id = '6b000000-0000-4000-8000-0000000000be';
DELETE FROM lc_obstacle WHERE project_id = '6b000000-0000-4000-8000-0000000000be';

INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code, land_kind,
                        total_area_m2, target_handover_on, search_text, sort_key, demo, created_at, updated_at)
SELECT '6b000000-0000-4000-8000-0000000000be', 'BENCH-20K', 'Dự án đo hiệu năng 20.000 hộ', 'Chủ đầu tư đo hiệu năng',
       o.id, o.name, '33', '33', 'AGRICULTURAL', :households * 1.5 * 250, DATE '2027-06-30',
       'bench-20k du an do hieu nang', '\x00'::bytea, true, now(), now()
FROM org_unit o WHERE o.admin_unit_id = '33' AND o.abbreviation = 'BTGDVTU' LIMIT 1;

INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path)
SELECT '6b000000-0000-4000-8000-0000000000be', u.id, u.full_name, u.path
FROM admin_unit u WHERE u.id IN ('11953', '11980', '11983', '11977');

INSERT INTO lc_project_step (project_id, step, reached_on) VALUES
 ('6b000000-0000-4000-8000-0000000000be', 'REQUEST', DATE '2026-01-05'),
 ('6b000000-0000-4000-8000-0000000000be', 'SURVEY_PLAN', DATE '2026-01-14'),
 ('6b000000-0000-4000-8000-0000000000be', 'MEETING', DATE '2026-01-20'),
 ('6b000000-0000-4000-8000-0000000000be', 'NOTICE', DATE '2026-02-02'),
 ('6b000000-0000-4000-8000-0000000000be', 'INVENTORY', DATE '2026-03-10'),
 ('6b000000-0000-4000-8000-0000000000be', 'PLAN_POSTED', DATE '2026-05-04'),
 ('6b000000-0000-4000-8000-0000000000be', 'DIALOGUE', DATE '2026-06-01'),
 ('6b000000-0000-4000-8000-0000000000be', 'APPROVAL', DATE '2026-06-25');

-- Households: stage by a fixed spread of the row number; dates consistent with the stage.
CREATE TEMP TABLE bench_h ON COMMIT DROP AS
SELECT g AS n,
       md5('bench-h-' || g)::uuid AS id,
       (ARRAY['11953', '11980', '11983', '11977'])[1 + g % 4] AS unit_id,
       (ARRAY['NOT_INVENTORIED', 'INVENTORIED', 'PLAN_POSTED', 'AGREED', 'AGREED', 'PAID', 'PAID',
              'HANDED_OVER', 'HANDED_OVER', 'HANDED_OVER'])[1 + (g * 7) % 10] AS stage
FROM generate_series(1, :households) g;

INSERT INTO lc_household (id, project_id, code, unit_id, unit_name, path, head_name, id_number, address, stage,
                          inventoried_on, plan_posted_on, agreed_on, compensation_amount, paid_amount, paid_on,
                          handed_over_on, latitude, longitude, search_text, sort_key, demo, created_at, updated_at)
SELECT h.id, '6b000000-0000-4000-8000-0000000000be', 'H' || lpad(h.n::text, 6, '0'), h.unit_id, u.full_name, u.path,
       'Nguyễn Văn Hộ ' || h.n, lpad((33000000000 + h.n)::text, 12, '0'), 'Thôn ' || (h.n % 40) || ', ' || u.full_name,
       h.stage,
       CASE WHEN h.stage <> 'NOT_INVENTORIED' THEN DATE '2026-03-10' + (h.n % 40) END,
       CASE WHEN h.stage IN ('PLAN_POSTED', 'AGREED', 'PAID', 'HANDED_OVER') THEN DATE '2026-05-04' END,
       CASE WHEN h.stage IN ('AGREED', 'PAID', 'HANDED_OVER') THEN DATE '2026-05-20' + (h.n % 90) END,
       CASE WHEN h.stage <> 'NOT_INVENTORIED' THEN 150000000 + (h.n % 97) * 3000000 END,
       CASE WHEN h.stage IN ('PAID', 'HANDED_OVER') THEN 150000000 + (h.n % 97) * 3000000 END,
       CASE WHEN h.stage IN ('PAID', 'HANDED_OVER') THEN DATE '2026-07-01' + (h.n % 60) END,
       CASE WHEN h.stage = 'HANDED_OVER' THEN DATE '2026-08-01' + (h.n % 110) END,
       20.60 + (h.n % 1000) * 0.0001, 106.00 + (h.n / 1000) * 0.004,
       'h' || h.n || ' nguyen van ho ' || h.n, convert_to(lpad(h.n::text, 6, '0'), 'UTF8'), true, now(), now()
FROM bench_h h JOIN admin_unit u ON u.id = h.unit_id;

-- One plot per household, a second for every other one.
INSERT INTO lc_plot (id, household_id, project_id, map_sheet, plot_number, land_type, recovered_area)
SELECT md5('bench-p1-' || h.n)::uuid, h.id, '6b000000-0000-4000-8000-0000000000be'::uuid, (h.n / 500)::text,
       'A' || h.n, 'LUA', 180 + (h.n % 300)
FROM bench_h h
UNION ALL
SELECT md5('bench-p2-' || h.n)::uuid, h.id, '6b000000-0000-4000-8000-0000000000be'::uuid, (h.n / 500)::text,
       'B' || h.n, 'HNK', 60 + (h.n % 120)
FROM bench_h h WHERE h.n % 2 = 0;

-- Stage history: one change per stage reached.
INSERT INTO lc_stage_change (id, household_id, project_id, from_stage, to_stage, effective_on, changed_at,
                             changed_by_name, reason)
SELECT md5('bench-s-' || h.n || '-' || s.ord)::uuid, h.id, '6b000000-0000-4000-8000-0000000000be'::uuid,
       (ARRAY['NOT_INVENTORIED', 'INVENTORIED', 'PLAN_POSTED', 'AGREED', 'PAID'])[s.ord - 1],
       (ARRAY['NOT_INVENTORIED', 'INVENTORIED', 'PLAN_POSTED', 'AGREED', 'PAID', 'HANDED_OVER'])[s.ord],
       DATE '2026-01-20' + (s.ord - 1) * 45 + (h.n % 30), now(), 'Đo hiệu năng', NULL
FROM bench_h h
CROSS JOIN LATERAL generate_series(1, array_position(ARRAY['NOT_INVENTORIED', 'INVENTORIED', 'PLAN_POSTED',
                                                          'AGREED', 'PAID', 'HANDED_OVER'], h.stage)) AS s(ord);

-- Visits, spread over the households and over the year.
INSERT INTO lc_visit (id, household_id, project_id, path, visited_on, met_whom, concerns, agreed, outcome, next_step,
                      next_step_on, recorded_at, recorded_by_name, client_key)
SELECT md5('bench-v-' || v)::uuid, h.id, '6b000000-0000-4000-8000-0000000000be'::uuid, u.path,
       DATE '2026-02-01' + (v % 290), 'Chủ hộ', 'Đơn giá bồi thường', NULL,
       (ARRAY['NO_CHANGE', 'NO_CHANGE', 'REFUSED', 'AGREED', 'OBSTACLE'])[1 + v % 5], 'Gặp lại', NULL, now(),
       'Đo hiệu năng', md5('bench-vk-' || v)::uuid
FROM generate_series(1, :visits) v
JOIN bench_h h ON h.n = 1 + (v * 7919) % :households
JOIN admin_unit u ON u.id = h.unit_id;

INSERT INTO lc_visit_visitor (visit_id, position, name, org_kind, org_name)
SELECT md5('bench-v-' || v)::uuid, p, CASE p WHEN 0 THEN 'Cán bộ dân vận' ELSE 'Cán bộ Mặt trận' END,
       CASE p WHEN 0 THEN 'BOARD' ELSE 'FRONT' END, NULL
FROM generate_series(1, :visits) v CROSS JOIN generate_series(0, 1) p;

-- Obstacles on one household in ten; half resolved; a quarter escalated, half of those answered.
INSERT INTO lc_obstacle (id, household_id, project_id, path, reason, description, raised_on, resolved_on, resolution,
                         escalated_on, answer_requested_by, answer, answered_on, answered_by_name, created_at,
                         updated_at)
SELECT md5('bench-o-' || h.n)::uuid, h.id, '6b000000-0000-4000-8000-0000000000be'::uuid, u.path,
       (ARRAY['PRICE', 'LAND_ORIGIN', 'INHERITANCE', 'ABSENT_OWNER', 'MORTGAGE', 'OTHER'])[1 + h.n % 6],
       'Vướng mắc đo hiệu năng', DATE '2026-04-01' + (h.n % 150),
       CASE WHEN h.n % 20 = 0 THEN DATE '2026-04-01' + (h.n % 150) + (h.n % 25) END,
       CASE WHEN h.n % 20 = 0 THEN 'Đã giải quyết' END,
       CASE WHEN h.n % 40 = 10 THEN DATE '2026-04-05' + (h.n % 150) END,
       CASE WHEN h.n % 40 = 10 THEN DATE '2026-04-20' + (h.n % 150) END,
       CASE WHEN h.n % 80 = 10 THEN 'Trả lời của tỉnh' END,
       CASE WHEN h.n % 80 = 10 THEN DATE '2026-04-18' + (h.n % 150) END,
       CASE WHEN h.n % 80 = 10 THEN 'Đo hiệu năng' END, now(), now()
FROM bench_h h JOIN admin_unit u ON u.id = h.unit_id
WHERE h.n % 10 = 0;
COMMIT;

ANALYZE lc_household;
ANALYZE lc_plot;
ANALYZE lc_stage_change;
ANALYZE lc_visit;
ANALYZE lc_visit_visitor;
ANALYZE lc_obstacle;
SELECT (SELECT count(*) FROM lc_household WHERE project_id = '6b000000-0000-4000-8000-0000000000be') AS households,
       (SELECT count(*) FROM lc_plot WHERE project_id = '6b000000-0000-4000-8000-0000000000be') AS plots,
       (SELECT count(*) FROM lc_visit WHERE project_id = '6b000000-0000-4000-8000-0000000000be') AS visits,
       (SELECT count(*) FROM lc_stage_change WHERE project_id = '6b000000-0000-4000-8000-0000000000be') AS changes,
       (SELECT count(*) FROM lc_obstacle WHERE project_id = '6b000000-0000-4000-8000-0000000000be') AS obstacles;
