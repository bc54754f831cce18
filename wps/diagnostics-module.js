window.nianbaoModuleRan = true;
