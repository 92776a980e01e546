"use strict";
/** The `recommended` flat config, as a shareable config: `import recommended from "eslint-plugin-ai-encryption/configs/recommended"`. */
const config = require("../dist/index.js").configs.recommended;
module.exports = config;
// Node finds a CommonJS module's named exports by reading these assignments (they change nothing).
module.exports.name = config.name;
module.exports.plugins = config.plugins;
module.exports.rules = config.rules;
