"use strict";
/** The `recommended` flat config, as a shareable config: `import recommended from "eslint-plugin-ai-encryption/configs/recommended"`. */
module.exports = require("../dist/index.js").configs.recommended;
