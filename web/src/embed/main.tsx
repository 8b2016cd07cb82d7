document.getElementById("root")!.textContent = "Parley embed";
