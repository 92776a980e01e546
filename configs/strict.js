"use strict";
/** The `strict` flat config, as a shareable config: `import strict from "eslint-plugin-ai-encryption/configs/strict"`. */
const config = require("../dist/index.js").configs.strict;
module.exports = config;
// Node finds a CommonJS module's named exports by reading these assignments (they change nothing).
module.exports.name = config.name;
module.exports.plugins = config.plugins;
module.exports.rules = config.rules;
