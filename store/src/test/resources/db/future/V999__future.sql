CREATE TABLE future_thing (id INT);
