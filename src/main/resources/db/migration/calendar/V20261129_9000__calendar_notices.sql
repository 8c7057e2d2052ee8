-- The working-day calendar's administrator input: each year's official notice on holidays (Labour Code 2019
-- Art. 112(3): the Prime Minister sets the exact Tết and National Day days; the Ministry of Home Affairs announces
-- them for civil servants). Everything else (weekends, fixed and lunar holidays, compensatory days) is computed.

-- A year whose notice was entered. complete = the notice's days off replace EVERY computed holiday of the year;
-- otherwise only the holidays that have entries are replaced (e.g. 2026: Tết from the notice, the rest computed).
CREATE TABLE cal_notice_year (
    year        integer      PRIMARY KEY,
    complete    boolean      NOT NULL DEFAULT false,
    source      varchar(500),
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT cal_notice_year_range CHECK (year BETWEEN 1900 AND 2199)
);

-- A line of a notice: a day off of a holiday (or a compensatory day), or a Saturday/Sunday worked in exchange.
CREATE TABLE cal_notice_entry (
    id          uuid         PRIMARY KEY,
    year        integer      NOT NULL REFERENCES cal_notice_year (year),
    day         date         NOT NULL,
    kind        varchar(20)  NOT NULL,
    holiday     varchar(20),
    name        varchar(300) NOT NULL,
    source      varchar(500) NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    CONSTRAINT cal_notice_entry_day_unique UNIQUE (day),
    CONSTRAINT cal_notice_entry_in_year CHECK (extract(year FROM day) = year),
    CONSTRAINT cal_notice_entry_kind CHECK (kind IN ('DAY_OFF', 'COMPENSATORY', 'WORKING_DAY')),
    CONSTRAINT cal_notice_entry_holiday CHECK (holiday IS NULL OR holiday IN
        ('NEW_YEAR', 'TET', 'HUNG_KINGS', 'REUNIFICATION', 'LABOUR_DAY', 'NATIONAL_DAY', 'CULTURE_DAY', 'OTHER')),
    CONSTRAINT cal_notice_entry_holiday_needed CHECK ((kind = 'WORKING_DAY') = (holiday IS NULL))
);
CREATE INDEX cal_notice_entry_year_idx ON cal_notice_entry (year, day);

-- Settings: the date from which 24 November, Ngày Văn hóa Việt Nam, is a day off (null = not yet law, off).
CREATE TABLE cal_setting (
    id                boolean      PRIMARY KEY DEFAULT true,
    culture_day_from  date,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT cal_setting_single CHECK (id)
);
INSERT INTO cal_setting (id, culture_day_from, updated_at) VALUES (true, NULL, now());

-- Tết 2026 for civil servants: Mon 16/2 – Fri 20/2/2026 (29 tháng Chạp – mùng 4), Thông báo 9441/TB-BNV ngày
-- 16/10/2025 of the Ministry of Home Affairs. Only Tết is sourced; the other 2026 holidays stay computed.
INSERT INTO cal_notice_year (year, complete, source, updated_at)
VALUES (2026, false, 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ', now());
INSERT INTO cal_notice_entry (id, year, day, kind, holiday, name, source, created_at, created_by) VALUES
    ('0b9c5a10-2026-4000-8000-000000000216', 2026, DATE '2026-02-16', 'DAY_OFF', 'TET', 'Tết Nguyên đán (29 tháng Chạp)',
     'Thông báo 9441/TB-BNV ngày 16/10/2025', now(), 'system'),
    ('0b9c5a10-2026-4000-8000-000000000217', 2026, DATE '2026-02-17', 'DAY_OFF', 'TET', 'Tết Nguyên đán (mùng 1)',
     'Thông báo 9441/TB-BNV ngày 16/10/2025', now(), 'system'),
    ('0b9c5a10-2026-4000-8000-000000000218', 2026, DATE '2026-02-18', 'DAY_OFF', 'TET', 'Tết Nguyên đán (mùng 2)',
     'Thông báo 9441/TB-BNV ngày 16/10/2025', now(), 'system'),
    ('0b9c5a10-2026-4000-8000-000000000219', 2026, DATE '2026-02-19', 'DAY_OFF', 'TET', 'Tết Nguyên đán (mùng 3)',
     'Thông báo 9441/TB-BNV ngày 16/10/2025', now(), 'system'),
    ('0b9c5a10-2026-4000-8000-000000000220', 2026, DATE '2026-02-20', 'DAY_OFF', 'TET', 'Tết Nguyên đán (mùng 4)',
     'Thông báo 9441/TB-BNV ngày 16/10/2025', now(), 'system');
