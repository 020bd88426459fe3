"""Each supported file format loads into segments with lines, speakers, roles and times."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecheck.ingest import load_call


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_ingest_text_headers_and_labels(tmp_path: Path) -> None:
    path = write(tmp_path, "call.txt", (
        "# call_id: C-1\n# agent: Dana\n# started_at: 2026-03-02T19:40:00-05:00\n\n"
        "Collector: This is Dana from Acme Recovery.\n\nDebtor： Who?\n[00:01:05] Rep: It's about your account.\n"
    ))
    call = load_call(path)
    assert call.info.call_id == "C-1" and call.info.agent == "Dana"
    assert call.info.started_at is not None and call.info.started_at.year == 2026
    assert [(s.line, s.speaker, s.role) for s in call.segments] == [
        (5, "Collector", "agent"), (7, "Debtor", "customer"), (8, "Rep", "agent")]
    assert call.segments[1].text == "Who?"
    assert call.segments[2].start == 65.0
    assert call.segments[2].column == len("[00:01:05] Rep: ") + 1


@pytest.mark.parametrize(("label", "role"), [
    ("Agent", "agent"), ("AGENT", "agent"), ("rep.", "agent"), ("Representative 2", "agent"),
    ("Caller", "customer"), ("consumer", "customer"), ("催收员", "agent"), ("催收員", "agent"),
    ("客戶經理", "agent"), ("坐席", "agent"), ("客戶", "customer"), ("債務人", "customer"), ("借款人", "customer"),
])
def test_ingest_text_label_table(tmp_path: Path, label: str, role: str) -> None:
    other = "Customer" if role == "agent" else "Agent"
    call = load_call(write(tmp_path, "c.txt", f"{label}: 你好 hello\n{other}: hi\n"))
    assert call.segments[0].role == role
    assert call.info.role_source == "label"


def test_ingest_text_roles_header_with_names(tmp_path: Path) -> None:
    call = load_call(write(tmp_path, "c.txt", "# roles: 孫=agent, 張=customer\n孫: 張總,您那什麽情況?\n張: 孫經理,不好意思\n"))
    assert [s.role for s in call.segments] == ["agent", "customer"]
    assert call.info.role_source == "header"


def test_ingest_text_guesses_agent_and_says_so(tmp_path: Path) -> None:
    call = load_call(write(tmp_path, "c.txt", (
        "Mike: Hello?\nSara: Hi, this is Sara from Acme Recovery. This is an attempt to collect a debt.\n"
        "Mike: Okay.\nSara: Can you make a payment today on the balance?\n")))
    assert call.info.role_source == "guess" and call.info.roles_guessed
    assert dict(call.info.speakers) == {"Mike": "customer", "Sara": "agent"}


def test_ingest_text_user_names_the_agent(tmp_path: Path) -> None:
    path = write(tmp_path, "c.txt", "SPEAKER_00: hello\nSPEAKER_01: this is Acme calling about your debt\n")
    call = load_call(path, agent_speakers=["SPEAKER_00"])
    assert call.info.role_source == "user"
    assert [s.role for s in call.segments] == ["agent", "customer"]


def test_ingest_webvtt_voice_tags(tmp_path: Path) -> None:
    path = write(tmp_path, "c.vtt", (
        "WEBVTT\n\n1\n00:00:01.500 --> 00:00:04.000\n<v Agent>Hello, this is Acme.</v>\n\n"
        "00:00:05.000 --> 00:00:06.250\n<v Customer>Who is this?\n\nNOTE a comment\n\n"
        "00:00:07.000 --> 00:00:09.000\n<v.loud Agent>We need a <b>payment</b>.\n"))
    call = load_call(path)
    assert [(s.line, s.speaker, s.role, s.text) for s in call.segments] == [
        (5, "Agent", "agent", "Hello, this is Acme."), (8, "Customer", "customer", "Who is this?"),
        (13, "Agent", "agent", "We need a payment.")]
    assert (call.segments[0].start, call.segments[0].end) == (1.5, 4.0)
    assert call.segments[0].column == len("<v Agent>") + 1


def test_ingest_subrip_speaker_prefix(tmp_path: Path) -> None:
    path = write(tmp_path, "c.srt", (
        "1\n00:00:00,910 --> 00:00:02,770\nAgent: Hi, is this Devon?\n\n"
        "2\n00:00:03,620 --> 00:00:04,720\nCustomer: Who's this?\n"))
    call = load_call(path)
    assert [(s.line, s.role, s.text) for s in call.segments] == [
        (3, "agent", "Hi, is this Devon?"), (7, "customer", "Who's this?")]
    assert call.segments[1].start == pytest.approx(3.62)


def test_ingest_corpus_json(tmp_path: Path) -> None:
    path = write(tmp_path, "c.json", (
        '{"call_id": "J-1", "language": "en", "segments": [\n'
        ' {"speaker": "agent", "start": 1.2, "end": 4.0, "text": "Hi, this is Acme."},\n'
        ' {"speaker": "customer", "start": 5, "end": 6, "text": "Hi."}\n]}\n'))
    call = load_call(path)
    assert call.info.call_id == "J-1"
    assert [(s.line, s.role, s.start) for s in call.segments] == [(2, "agent", 1.2), (3, "customer", 5.0)]


def test_ingest_whisper_json_without_speakers(tmp_path: Path) -> None:
    document = {"text": " Hello. Pay now.", "language": "en", "segments": [
        {"id": 0, "seek": 0, "start": 0.0, "end": 1.5, "text": " Hello.", "tokens": [1, 2]},
        {"id": 1, "seek": 0, "start": 1.5, "end": 3.0, "text": " Pay now.", "tokens": [3]}]}
    path = write(tmp_path, "w.json", json.dumps(document, indent=2))
    call = load_call(path)
    assert [s.text for s in call.segments] == ["Hello.", "Pay now."]
    lines = path.read_text().split("\n")
    assert all('"text"' in lines[s.line - 1] for s in call.segments)
    assert {s.role for s in call.segments} == {"unknown"}


def test_ingest_whisperx_diarised_json_guesses_agent(tmp_path: Path) -> None:
    document = {"segments": [
        {"start": 0.0, "end": 1.0, "text": "Hello?", "speaker": "SPEAKER_01", "words": []},
        {"start": 1.0, "end": 4.0, "text": "Hi, this is Jo from Acme Recovery calling about your balance.",
         "speaker": "SPEAKER_00", "words": [{"word": "Hi", "start": 1.0}]},
        {"start": 4.0, "end": 5.0, "text": "Oh.", "speaker": "SPEAKER_01"}]}
    call = load_call(write(tmp_path, "x.json", json.dumps(document)))
    assert call.info.role_source == "guess"
    assert [s.role for s in call.segments] == ["customer", "agent", "customer"]


def test_ingest_notes_csv_rows_and_quoting(tmp_path: Path) -> None:
    path = write(tmp_path, "n.csv", (
        "account_id,agent,contacted_at,note\n"
        'A-1,TBR,2026-03-02T09:14:00-05:00,"LM for debtor, name and callback # only."\n'
        'A-2,MJO,2026-03-03T10:00:00-05:00,"Cust said ""no"", will call back."\n'
        "A-3,MJO,,Plain note\n"))
    call = load_call(path)
    assert call.info.kind == "notes"
    assert [(s.line, s.speaker, s.role, s.account) for s in call.segments] == [
        (2, "TBR", "agent", "A-1"), (3, "MJO", "agent", "A-2"), (4, "MJO", "agent", "A-3")]
    assert call.segments[1].text == 'Cust said "no", will call back.'
    assert call.segments[0].at is not None and call.segments[2].at is None


@pytest.mark.parametrize(("text", "language"), [
    ("Agent: We need your payment today.\nCustomer: I know.\n", "en"),
    ("催收员: 您好，这边是恒信公司。\n客户: 什么事？\n", "zh"),
    ("Agent: 你的credit score会被毁掉, you know, the whole credit report thing\nCustomer: what?\n", "mixed"),
])
def test_ingest_detects_language(tmp_path: Path, text: str, language: str) -> None:
    assert load_call(write(tmp_path, "c.txt", text)).info.language == language
