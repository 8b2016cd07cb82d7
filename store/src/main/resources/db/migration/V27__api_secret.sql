-- Parley schema, version 27: the API secret, stored for every node of a cluster so that a
-- rotation made on one node applies on all. One row, id 1, written at the first start from the
-- configuration or the data dir's credentials file; version grows by one per rotation. The
-- replaced secret is kept, accepted until previous_valid_until (the overlap window).
CREATE TABLE api_secrets (
    id                   INT NOT NULL,
    version              BIGINT NOT NULL,
    secret               VARCHAR(512) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_secret      VARCHAR(512),
    previous_valid_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_secrets_pk PRIMARY KEY (id),
    CONSTRAINT api_secrets_one CHECK (id = 1)
);
