"""What the window calls statuses, categories, severities and roles (translated), and their colours."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

SEVERITY_COLORS = {"critical": "#c62828", "high": "#ef6c00", "medium": "#f9a825", "low": "#5c8fd6"}
HIGHLIGHT_COLORS = {"critical": "#ffb3b3", "high": "#ffd2a6", "medium": "#fff0a0", "low": "#cfe0fa"}
"""Background of flagged words in a transcript, by severity."""
MANUAL_HIGHLIGHT = "#e4c8f5"
RETIRED_HIGHLIGHT = "#e2e2e2"
ROLE_COLORS = {"agent": "#1f5fa8", "customer": "#2e7d32", "unknown": "#6d6d6d"}
STATUS_COLORS = {"open": "#1f5fa8", "escalated": "#8e24aa", "confirmed": "#c62828", "dismissed": "#6d6d6d",
                 "returned": "#ef6c00", "signed_off": "#2e7d32"}
CATEGORY_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                   "#bcbd22", "#17becf"]


def status_label(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("Labels", "open"),
        "escalated": QCoreApplication.translate("Labels", "escalated"),
        "confirmed": QCoreApplication.translate("Labels", "confirmed"),
        "dismissed": QCoreApplication.translate("Labels", "dismissed"),
        "returned": QCoreApplication.translate("Labels", "returned"),
        "signed_off": QCoreApplication.translate("Labels", "signed off"),
    }
    return names.get(status, status)


def severity_label(severity: str) -> str:
    names = {
        "critical": QCoreApplication.translate("Labels", "critical"),
        "high": QCoreApplication.translate("Labels", "high"),
        "medium": QCoreApplication.translate("Labels", "medium"),
        "low": QCoreApplication.translate("Labels", "low"),
    }
    return names.get(severity, severity)


def category_label(category: str) -> str:
    names = {
        "threat_violence": QCoreApplication.translate("Labels", "threat of violence"),
        "threat_legal": QCoreApplication.translate("Labels", "legal threat"),
        "third_party_pressure": QCoreApplication.translate("Labels", "third-party pressure"),
        "credit_misstatement": QCoreApplication.translate("Labels", "credit misstatement"),
        "abusive_language": QCoreApplication.translate("Labels", "abusive language"),
        "public_shaming": QCoreApplication.translate("Labels", "public shaming"),
        "impersonation": QCoreApplication.translate("Labels", "impersonation"),
        "misrepresentation": QCoreApplication.translate("Labels", "misrepresentation"),
    }
    return names.get(category, category.replace("_", " "))


def role_label(role: str) -> str:
    names = {
        "qa_reviewer": QCoreApplication.translate("Labels", "QA reviewer"),
        "supervisor": QCoreApplication.translate("Labels", "supervisor"),
        "compliance_officer": QCoreApplication.translate("Labels", "compliance officer"),
        "admin": QCoreApplication.translate("Labels", "administrator"),
        "agent": QCoreApplication.translate("Labels", "agent"),
        "customer": QCoreApplication.translate("Labels", "customer"),
        "unknown": QCoreApplication.translate("Labels", "unknown"),
    }
    return names.get(role, role)


def language_label(language: str | None) -> str:
    names = {
        "en": QCoreApplication.translate("Labels", "English"),
        "zh": QCoreApplication.translate("Labels", "Chinese"),
        "mixed": QCoreApplication.translate("Labels", "mixed"),
    }
    return names.get(language or "", language or "")


def action_label(action: str) -> str:
    names = {
        "confirm": QCoreApplication.translate("Labels", "confirmed"),
        "dismiss": QCoreApplication.translate("Labels", "dismissed"),
        "escalate": QCoreApplication.translate("Labels", "escalated"),
        "sign_off": QCoreApplication.translate("Labels", "signed off"),
        "return": QCoreApplication.translate("Labels", "returned"),
        "undo": QCoreApplication.translate("Labels", "undid"),
        "manual": QCoreApplication.translate("Labels", "added by hand"),
        "flag_add": QCoreApplication.translate("Labels", "added a flag"),
        "import": QCoreApplication.translate("Labels", "imported"),
        "rescan": QCoreApplication.translate("Labels", "re-scanned"),
        "publish": QCoreApplication.translate("Labels", "published rules"),
        "user_add": QCoreApplication.translate("Labels", "added a user"),
    }
    return names.get(action, action)


def local_time(moment: datetime | None, seconds: bool = False) -> str:
    """A stored (UTC) time in this computer's time zone."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def color(name: str) -> QColor:
    return QColor(name)


def category_color(index: int) -> QColor:
    return QColor(CATEGORY_COLORS[index % len(CATEGORY_COLORS)])
