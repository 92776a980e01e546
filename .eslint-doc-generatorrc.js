/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  ignoreConfig: ["legacy-recommended", "legacy-strict"],
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
  ],
  ruleDocSectionInclude: ["Examples", "When Not To Use It"],
  ruleDocTitleFormat: "prefix-name",
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "fixable", "hasSuggestions", "options"],
  urlConfigs: "https://github.com/eslint-plugin-ai-encryption/eslint-plugin-ai-encryption#configs",
};
