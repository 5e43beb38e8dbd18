import helper from "./chunks/_plugin-vue_export-helper.js";
console.log("started");
