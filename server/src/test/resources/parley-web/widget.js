export const fixture = "parley-fixture-widget";
