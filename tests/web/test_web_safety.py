"""Safety of the web app: CSP, escaping of untrusted text, CSRF, the access token, private URLs."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient
from web_helpers import EVIL

from dateline.errors import DatelineError
from dateline.web import create_app, serve
from dateline.web.security import CSRF_COOKIE, TOKEN_COOKIE


def _csrf(client: TestClient, path: str = "/add") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "the form carries a CSRF token"
    return match.group(1)


def test_every_response_carries_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/stories/1", "/articles/1", "/api/stories", "/static/style.css", "/no/such/page"):
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_markup_in_an_article_is_shown_as_text(client: TestClient) -> None:
    page = client.get("/articles/1")
    assert page.status_code == 200
    assert EVIL not in page.text
    assert "&lt;script&gt;alert(" in page.text
    assert "<script" not in page.text  # the page itself has no script at all


def test_javascript_urls_from_articles_never_become_links(client: TestClient) -> None:
    page = client.get("/stories/1")
    assert page.status_code == 200
    assert 'href="javascript:' not in page.text
    assert 'href="https://wire.example/putin-erdogan"' in page.text


def test_a_form_post_without_the_csrf_token_is_refused(client: TestClient) -> None:
    _csrf(client)
    refused = client.post("/add", data={"text": "Some article text."})
    assert refused.status_code == 403
    forged = client.post("/add", data={"text": "Some article text.", "csrf_token": "x" * 43})
    assert forged.status_code == 403


def test_a_form_post_with_the_token_but_without_the_cookie_is_refused(handmade_db: str) -> None:
    with TestClient(create_app(handmade_db)) as first:
        token = _csrf(first)
    with TestClient(create_app(handmade_db)) as stranger:
        refused = stranger.post("/add", data={"text": "Some text.", "csrf_token": token})
    assert refused.status_code == 403


def test_the_csrf_check_lets_a_real_form_through(client: TestClient) -> None:
    token = _csrf(client)
    assert client.cookies.get(CSRF_COOKIE) == token
    empty = client.post("/add", data={"csrf_token": token, "text": "", "url": ""})
    assert empty.status_code == 400  # past CSRF, refused for being empty
    assert "the form is empty" in empty.text


def test_with_a_token_every_request_must_present_it(handmade_db: str) -> None:
    with TestClient(create_app(handmade_db, token="s3cret")) as anonymous:
        assert anonymous.get("/api/stories").status_code == 401
        page = anonymous.get("/stories/1", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/login")
        assert anonymous.get("/api/stories", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert anonymous.get("/api/stories", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert anonymous.get("/api/stories", headers={"X-Dateline-Token": "s3cret"}).status_code == 200


def test_the_login_form_and_a_token_link_set_the_cookie(handmade_db: str) -> None:
    with TestClient(create_app(handmade_db, token="s3cret")) as browser:
        csrf = _csrf(browser, "/login")
        wrong = browser.post("/login", data={"csrf_token": csrf, "token": "nope", "next": "/stories/1"})
        assert wrong.status_code == 401
        right = browser.post(
            "/login", data={"csrf_token": csrf, "token": "s3cret", "next": "/stories/1"}, follow_redirects=False
        )
        assert right.status_code == 303 and right.headers["location"] == "/stories/1"
        assert browser.cookies.get(TOKEN_COOKIE) == "s3cret"
        assert browser.get("/stories/1").status_code == 200
    with TestClient(create_app(handmade_db, token="s3cret")) as linked:
        hop = linked.get("/stories/1?token=s3cret", follow_redirects=False)
        assert hop.status_code == 303 and hop.headers["location"] == "/stories/1"
        assert linked.get("/stories/1").status_code == 200


def test_login_never_redirects_to_another_site(handmade_db: str) -> None:
    with TestClient(create_app(handmade_db, token="s3cret")) as browser:
        csrf = _csrf(browser, "/login")
        hop = browser.post("/login", data={"csrf_token": csrf, "token": "s3cret", "next": "//evil.example/"},
                           follow_redirects=False)
        assert hop.headers["location"] == "/"


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/article", "http://localhost/feed.xml", "http://10.0.0.8/", "http://169.254.169.254/"]
)
def test_urls_on_this_machine_or_a_private_network_are_refused(client: TestClient, url: str) -> None:
    token = _csrf(client)
    refused = client.post("/add", data={"csrf_token": token, "url": url})
    assert refused.status_code == 400
    assert "refusing to fetch" in refused.text
    assert "dateline serve --allow-private" in refused.text  # a user test: the refusal did not name the fix


def test_serving_beyond_this_machine_needs_a_token(handmade_db: str) -> None:
    with pytest.raises(DatelineError, match="--token"):
        serve(handmade_db, host="0.0.0.0", port=1)
