"""Deciding who is the agent: speaker labels, `# roles:` headers, the user's word, or a guess."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from notecheck.calls import Role, RoleSource

_AGENT_LABELS = {
    "agent", "collector", "representative", "rep", "csr", "operator", "associate",
    "催收员", "坐席", "客服", "客户经理", "催收专员", "业务员", "调解员", "专员",
}
_CUSTOMER_LABELS = {
    "customer", "debtor", "consumer", "caller", "borrower", "client", "cust",
    "客户", "借款人", "债务人", "欠款人", "欠款客户", "用户",
}

_AGENT_CUES = (
    re.compile(r"attempt to collect a debt|debt collector|calling (?:from|on behalf of)|"
               r"this is \w+(?: \w+)? (?:from|with|at) |on behalf of|"
               r"\b(?:pay|payment|balance|past[- ]due|overdue|owe)\b", re.I),
    re.compile(r"这边是|這邊是|受.{1,12}委托|受.{1,12}委託|催收|逾期|还款|還款|欠款|应还|應還|账户|帳戶|公司"),
)


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def label_key(label: str) -> str:
    """A speaker label folded for lookup: case, width, punctuation and script ignored."""
    folded = unicodedata.normalize("NFKC", label).casefold()
    folded = re.sub(r"[\s\W_]+", "", folded)
    if any("\u4e00" <= ch <= "\u9fff" for ch in folded):
        folded = _t2s().convert(folded)
    return folded


def role_from_label(label: str) -> Role:
    """The role a standard label stands for, or 'unknown'."""
    key = label_key(label)
    key = re.sub(r"\d+$", "", key) or key
    if key in _AGENT_LABELS:
        return "agent"
    if key in _CUSTOMER_LABELS:
        return "customer"
    return "unknown"


def parse_roles_header(value: str) -> dict[str, Role]:
    """`孫=agent, 張=customer` → {'孫': 'agent', '張': 'customer'}; raises ValueError."""
    roles: dict[str, Role] = {}
    for part in re.split(r"[,，;；]", value):
        if not part.strip():
            continue
        name, sep, role = part.partition("=")
        role = role.strip().lower()
        if not sep or not name.strip() or role not in ("agent", "customer"):
            raise ValueError(f"bad roles entry {part.strip()!r}: expected NAME=agent or NAME=customer")
        roles[name.strip()] = role  # type: ignore[assignment]
    return roles


def assign_roles(
    speakers: Sequence[str],
    header: Mapping[str, Role],
    agent_speakers: Iterable[str],
    sample: Sequence[tuple[str, str]],
) -> tuple[dict[str, Role], RoleSource]:
    """Give every speaker label a role; say how the decision was made.

    `sample` holds (speaker, text) pairs from the start of the call for guessing.
    """
    chosen = {label_key(s) for s in agent_speakers}
    if chosen:
        return {s: ("agent" if label_key(s) in chosen else "customer") for s in speakers}, "user"
    if header:
        keyed = {label_key(k): v for k, v in header.items()}
        roles = {s: keyed.get(label_key(s), role_from_label(s)) for s in speakers}
        return _fill_unknown(roles, sample), "header"
    roles = {s: role_from_label(s) for s in speakers}
    if all(r != "unknown" for r in roles.values()):
        return roles, "label"
    if not speakers:
        return roles, "none"
    return _fill_unknown(roles, sample), "guess"


def _fill_unknown(roles: dict[str, Role], sample: Sequence[tuple[str, str]]) -> dict[str, Role]:
    unknown = [s for s, r in roles.items() if r == "unknown"]
    if not unknown or unknown == [""]:  # nothing to tell unlabelled speech apart
        return roles
    if "agent" not in roles.values():
        scores = {s: 0 for s in unknown}
        for speaker, text in sample:
            if speaker in scores:
                scores[speaker] += sum(len(cue.findall(text)) for cue in _AGENT_CUES)
        best = max(unknown, key=lambda s: (scores[s], -unknown.index(s)))
        if scores[best] > 0 or (len(unknown) == 1 and len(roles) > 1):
            roles[best] = "agent"
    if "agent" in roles.values():
        for s in unknown:
            if roles[s] == "unknown":
                roles[s] = "customer"
    return roles
