-- Parley schema, version 26: the appearance (theme and features) admins set at run time, per
-- client type. One text for H2 (PostgreSQL mode) and PostgreSQL.

-- The version of everything stored below. One row, id 1; version grows by one per change (of
-- any client type), so every node knows whether it holds the latest.
CREATE TABLE appearance_versions (
    id          INT NOT NULL,
    version     BIGINT NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appearance_versions_pk PRIMARY KEY (id),
    CONSTRAINT appearance_versions_one CHECK (id = 1)
);

-- A row per setting an admin set, named by its path in /chat/config (theme.light.primary,
-- features.reactions); what has no row comes from the config file.
CREATE TABLE appearance_settings (
    client_type VARCHAR(32) NOT NULL,
    setting     VARCHAR(64) NOT NULL,
    setting_value VARCHAR(2000) NOT NULL,
    CONSTRAINT appearance_settings_pk PRIMARY KEY (client_type, setting)
);
