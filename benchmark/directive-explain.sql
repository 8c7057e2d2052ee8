-- The directive pages' main queries, as the app sends them (select lists shortened to *), with EXPLAIN ANALYZE.
-- Run by benchmark/run-directive.sh after the load, once per user scope:
--   psql -X -q -v scope=33 -v today=2026-11-29 -v deep=15000 -v unit=<uuid> -f benchmark/directive-explain.sql
-- scope: the user's area (path); today: the app's date in Vietnam; deep: an OFFSET in the second half of the task
-- list; unit: the organisation whose page is measured. Each query is preceded by a line "== <label>"; the script
-- collects the execution times from those. The literals give PostgreSQL custom plans; the last section shows the
-- generic plans a server-side prepared statement can end up with (pgjdbc prepares a statement on the server after
-- 5 executions, PostgreSQL may then switch to a generic plan).
\pset pager off
SET search_path = public;

\echo == dashboard: tasks per status of each document in force (DashboardQueries.documentsInForce)
EXPLAIN (ANALYZE, BUFFERS)
SELECT d.id, d.family, d.number, d.title, d.issued_on,
       (CASE WHEN t.completed_on IS NOT NULL AND t.completed_on <= t.deadline THEN 'COMPLETED_ON_TIME'
             WHEN t.completed_on IS NOT NULL THEN 'COMPLETED_LATE'
             WHEN t.deadline < DATE :'today' THEN 'OVERDUE' ELSE 'IN_PROGRESS' END) AS status, count(*) AS n
FROM directive_task t JOIN directive_document d ON d.id = t.document_id
WHERE d.state = 'IN_FORCE' AND ((t.path = :'scope' OR t.path LIKE :'scope' || '/%'))
GROUP BY d.id, d.family, d.number, d.title, d.issued_on, status
ORDER BY d.issued_on DESC, d.id;

\echo == dashboard: units with the most overdue tasks (DashboardQueries.unitsMostBehind)
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.lead_org_unit_id AS org,
       count(*) FILTER (WHERE t.completed_on IS NULL AND t.deadline < DATE :'today') AS overdue, count(*) AS total
FROM directive_task t
WHERE ((t.path = :'scope' OR t.path LIKE :'scope' || '/%'))
GROUP BY t.lead_org_unit_id
HAVING count(*) FILTER (WHERE t.completed_on IS NULL AND t.deadline < DATE :'today') > 0
ORDER BY overdue DESC, total DESC, org LIMIT 10;

\echo == dashboard: deadlines of the next 14 days (DashboardQueries.upcoming)
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.id, t.title, t.lead_org_unit_id, t.deadline, t.percent_complete FROM directive_task t
WHERE t.completed_on IS NULL AND t.deadline >= DATE :'today' AND t.deadline <= DATE :'today' + 14
  AND ((t.path = :'scope' OR t.path LIKE :'scope' || '/%'))
ORDER BY t.deadline, t.id LIMIT 20;

\echo == dashboard: open reviews awaiting reports (ReviewService.awaitingReports)
EXPLAIN (ANALYZE, BUFFERS)
SELECT r1_0.* FROM directive_review r1_0
WHERE (r1_0.path = :'scope' OR r1_0.path LIKE :'scope' || '/%' ESCAPE '\'
       OR EXISTS (SELECT ru1_0.id FROM directive_review_unit ru1_0 WHERE ru1_0.review_id = r1_0.id
                  AND (ru1_0.path = :'scope' OR ru1_0.path LIKE :'scope' || '/%' ESCAPE '\')))
  AND r1_0.state = 'OPEN'
ORDER BY r1_0.due_on, r1_0.id OFFSET 0 ROWS FETCH FIRST 10 ROWS ONLY;

\echo == /tasks: first page (TaskService.search)
EXPLAIN (ANALYZE, BUFFERS)
SELECT t1_0.* FROM directive_task t1_0
WHERE (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\') AND 1=1
ORDER BY t1_0.deadline, t1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

\echo == /tasks: count for the pager
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(t1_0.id) FROM directive_task t1_0
WHERE (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\') AND 1=1;

\echo == /tasks: document choices of the filter (DocumentService.choices(200))
EXPLAIN (ANALYZE, BUFFERS)
SELECT dd1_0.* FROM directive_document dd1_0
WHERE dd1_0.path = :'scope' OR dd1_0.path LIKE :'scope' || '/%' ESCAPE '\'
   OR EXISTS (SELECT t1_0.id FROM directive_task t1_0 WHERE t1_0.document_id = dd1_0.id
              AND (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\'))
ORDER BY dd1_0.issued_on DESC, dd1_0.id DESC OFFSET 0 ROWS FETCH FIRST 200 ROWS ONLY;

\echo == /tasks?status=OVERDUE: first page
EXPLAIN (ANALYZE, BUFFERS)
SELECT t1_0.* FROM directive_task t1_0
WHERE (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\')
  AND t1_0.completed_on IS NULL AND t1_0.deadline < DATE :'today'
ORDER BY t1_0.deadline, t1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

\echo == /tasks?status=OVERDUE: count
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(t1_0.id) FROM directive_task t1_0
WHERE (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\')
  AND t1_0.completed_on IS NULL AND t1_0.deadline < DATE :'today';

\echo == /tasks?page=deep: a page in the second half
EXPLAIN (ANALYZE, BUFFERS)
SELECT t1_0.* FROM directive_task t1_0
WHERE (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\') AND 1=1
ORDER BY t1_0.deadline, t1_0.id OFFSET :deep ROWS FETCH FIRST 20 ROWS ONLY;

\echo == /directives/units/{org}: first page of the unit
EXPLAIN (ANALYZE, BUFFERS)
SELECT t1_0.* FROM directive_task t1_0
WHERE (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\') AND t1_0.lead_org_unit_id = :'unit'
ORDER BY t1_0.deadline, t1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

\echo == /directives: document list, first page
EXPLAIN (ANALYZE, BUFFERS)
SELECT dd1_0.* FROM directive_document dd1_0
WHERE (dd1_0.path = :'scope' OR dd1_0.path LIKE :'scope' || '/%' ESCAPE '\'
       OR EXISTS (SELECT t1_0.id FROM directive_task t1_0 WHERE t1_0.document_id = dd1_0.id
                  AND (t1_0.path = :'scope' OR t1_0.path LIKE :'scope' || '/%' ESCAPE '\'))) AND 1=1
ORDER BY dd1_0.issued_on DESC, dd1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

-- The same statements as server-side prepared statements with a generic plan: the path parameters are unknown
-- when the plan is made, so "path LIKE $2" cannot become an index range.
SET plan_cache_mode = force_generic_plan;
PREPARE task_count(varchar, varchar) AS
SELECT count(t1_0.id) FROM directive_task t1_0 WHERE (t1_0.path = $1 OR t1_0.path LIKE $2 ESCAPE '\') AND 1=1;
PREPARE document_choices(varchar, varchar, varchar, varchar, int, int) AS
SELECT dd1_0.* FROM directive_document dd1_0
WHERE dd1_0.path = $1 OR dd1_0.path LIKE $2 ESCAPE '\'
   OR EXISTS (SELECT t1_0.id FROM directive_task t1_0 WHERE t1_0.document_id = dd1_0.id
              AND (t1_0.path = $3 OR t1_0.path LIKE $4 ESCAPE '\'))
ORDER BY dd1_0.issued_on DESC, dd1_0.id DESC OFFSET $5 ROWS FETCH FIRST $6 ROWS ONLY;

\echo == generic plan: /tasks count for the pager
EXPLAIN (ANALYZE, BUFFERS) EXECUTE task_count(:'scope', :'scope' || '/%');

\echo == generic plan: /tasks document choices (200)
EXPLAIN (ANALYZE, BUFFERS) EXECUTE document_choices(:'scope', :'scope' || '/%', :'scope', :'scope' || '/%', 0, 200);
RESET plan_cache_mode;
