document.getElementById("root")!.textContent = "Parley";
