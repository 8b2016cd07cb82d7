console.log("parley-fixture-asset");
