-- Publishing an edition (công bố): only published editions are shown on the public portal (/cong-khai).
-- Null published_at means not published (never, or withdrawn).
alter table index_edition
    add column published_at timestamptz,
    add column published_by varchar(100);
