-- One database and one login for scambot (run as a PostgreSQL superuser:
--   psql -v password='…' -f postgres.sql).
-- scambot creates and migrates its own tables at start-up; it needs no other rights.
CREATE ROLE scambot LOGIN PASSWORD :'password';
CREATE DATABASE scambot OWNER scambot;
-- Keep replicas' connections bounded: each replica opens at most 8.
ALTER ROLE scambot CONNECTION LIMIT 40;
