"""The rule file format, as pydantic models: the single source of the published JSON Schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

CATEGORIES = {
    "threat_violence": "Threats of physical harm to the person, family or property",
    "threat_legal": "False or unintended threats of arrest, jail, lawsuit, garnishment or seizure",
    "third_party_pressure": "Pressure through family, employer, colleagues, neighbours or references",
    "credit_misstatement": "False or misleading statements about credit consequences",
    "abusive_language": "Profanity, insults or demeaning words aimed at the person",
    "public_shaming": "Threats to publicise the debt or shame the person publicly",
    "impersonation": "Posing as or implying police, court, government or attorney",
    "misrepresentation": "Other false statements about the debt, its amount, status or consequences",
}
"""The eight categories every rule book knows (ids are a contract)."""

CONTEXT_KINDS = ("negated", "consent", "question", "quoted")
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=100)]
TermName = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]*$")]
Phrase = Annotated[str, StringConstraints(min_length=1, max_length=300)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Clause(Strict):
    """One way a rule can match. Exactly one of phrases, near, pattern or regex."""

    phrases: list[Phrase] | None = Field(
        None, description="Phrases matched token by token on lemmas; `$TERM` and `(a|b|)` expand.")
    near: list[list[Phrase]] | None = Field(
        None, min_length=2, description="Two or more groups of phrases that must all occur within `within` tokens.")
    within: dict[Literal["en", "zh"], Annotated[int, Field(ge=0, le=50)]] | None = Field(
        None, description="Tokens allowed between `near` groups (Chinese: characters); per language as a mapping.")
    ordered: bool = Field(False, description="`near` groups must occur in the order written.")
    pattern: list[dict[str, Any]] | None = Field(None, description="A spaCy Matcher token pattern.")
    regex: str | None = Field(None, description="A regular expression (RE2 syntax, case-insensitive) on folded text.")

    @field_validator("within", mode="before")
    @classmethod
    def _within_both(cls, value: Any) -> Any:
        return {"en": value, "zh": value} if isinstance(value, int) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _one_kind(self) -> Clause:
        kinds = [k for k in ("phrases", "near", "pattern", "regex") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a clause needs exactly one of: phrases, near, pattern, regex"
                             + (f" (found {', '.join(kinds)})" if kinds else ""))
        if self.within is not None and self.near is None:
            raise ValueError("`within` belongs to a `near` clause")
        return self


class Example(Strict):
    text: str = Field(min_length=1)
    speaker: Literal["agent", "customer", "unknown"] = "agent"
    span: str | None = Field(None, description="The words the flag must highlight.")
    note: str | None = None


class Examples(Strict):
    """Each example is a text, or a mapping with `text`, `speaker`, `span` and `note`."""

    flag: list[Example] = Field(default_factory=list, description="Texts the rule must flag.")
    pass_: list[Example] = Field(default_factory=list, alias="pass", description="Texts it must not flag.")
    todo_flag: list[Example] = Field(default_factory=list, description="Known misses (reported, not failed).")
    todo_pass: list[Example] = Field(default_factory=list, description="Known false flags (reported).")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("flag", "pass_", "todo_flag", "todo_pass", mode="before")
    @classmethod
    def _texts(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"text": item} if isinstance(item, str) else item for item in value]
        return value


class Rule(Strict):
    id: RuleId
    category: str
    severity: Literal["low", "medium", "high", "critical"]
    message: str = Field(min_length=1, description="Shown with every flag; `{match}` is the matched words.")
    citation: str = ""
    description: str = ""
    kind: Literal["match", "required"] = Field(
        "match", description="`required`: flag calls where the agent never says what `match` describes.")
    speaker: Literal["agent", "customer", "any"] = "agent"
    applies_to: list[Literal["transcript", "notes"]] = Field(default_factory=lambda: ["transcript", "notes"])
    match: list[Clause] = Field(description="One clause, or a list of clauses any of which may match.")
    except_: list[Phrase] = Field(default_factory=list, alias="except",
                                  description="Phrases that cancel a hit in the same sentence.")
    unless: list[Literal["negated", "consent", "question", "quoted"]] = Field(
        default_factory=lambda: ["negated", "consent", "quoted"],
        description="Context that turns a hit off.")
    within_turns: int = Field(3, ge=1, description="`required` rules: how many first agent turns are searched.")
    examples: Examples
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("categories")
        if known is not None and value not in known:
            raise ValueError(f"unknown category `{value}`: use one of {', '.join(sorted(known))}, "
                             "or declare it under `categories:`")
        return value

    @field_validator("match", mode="before")
    @classmethod
    def _as_list(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value


class ContextTerms(Strict):
    """Extra context triggers a rule set adds to the built-in ones."""

    negation: list[Phrase] = Field(default_factory=list)
    negation_after: list[Phrase] = Field(default_factory=list)
    pseudo_negation: list[Phrase] = Field(default_factory=list)
    consent: list[Phrase] = Field(default_factory=list)
    consent_after: list[Phrase] = Field(default_factory=list)
    quote: list[Phrase] = Field(default_factory=list)
    terminator: list[Phrase] = Field(default_factory=list)
    conditional_after: list[Phrase] = Field(default_factory=list)
    condition_marker: list[Phrase] = Field(default_factory=list)
    pseudo_consent: list[Phrase] = Field(default_factory=list)
    pseudo_quote: list[Phrase] = Field(default_factory=list)
    quote_end: list[Phrase] = Field(default_factory=list)


class RulesetHeader(Strict):
    """A rule file with its rules still unchecked (each rule is validated on its own)."""

    ruleset: RuleId = Field(description="The rule set's name.")
    version: str = Field(description="Bumped by the author; the content hash is recorded too.")
    language: list[Literal["en", "zh"]] = Field(description="`en`, `zh`, or a list of both.")
    jurisdiction: str = ""
    description: str = ""
    default: bool = Field(True, description="Loaded when its folder is loaded; false: only when named.")
    pipeline: str | None = Field(
        None, description="A trained spaCy pipeline (package or path) for token patterns using POS, TAG, DEP or MORPH.")
    categories: dict[RuleId, str] = Field(default_factory=dict, description="Categories this file adds.")
    terms: dict[TermName, list[Phrase]] = Field(default_factory=dict, description="Named lists used as $NAME.")
    context: ContextTerms = Field(default_factory=ContextTerms)
    rules: list[Any] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value

    @field_validator("language", mode="before")
    @classmethod
    def _languages(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class RulesetFile(RulesetHeader):
    """A rule file: what the published JSON Schema describes."""

    rules: list[Rule] = Field(min_length=1)


def json_schema() -> dict[str, Any]:
    """The JSON Schema editors use to validate and complete rule files."""
    schema = RulesetFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://notecheck.invalid/schema/ruleset.json"
    schema["title"] = "notecheck rule set"
    return schema
