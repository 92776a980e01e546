"use strict";
/** The `strict` flat config, as a shareable config: `import strict from "eslint-plugin-ai-encryption/configs/strict"`. */
module.exports = require("../dist/index.js").configs.strict;
