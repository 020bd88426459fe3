"""Rule files: the format, strict loading with `file:line:col` errors, and the loaded rule book."""

from notecheck.rulebook.active import ActiveRules, Reload
from notecheck.rulebook.errors import RulebookError, RuleError
from notecheck.rulebook.loader import default_rule_paths, load_rulebook, load_ruleset_file, rule_files
from notecheck.rulebook.model import Clause, Example, Rule, Rulebook, Ruleset

__all__ = [
    "ActiveRules", "Clause", "Example", "Reload", "Rule", "RuleError", "Rulebook", "RulebookError", "Ruleset",
    "default_rule_paths", "load_rulebook", "load_ruleset_file", "rule_files",
]
