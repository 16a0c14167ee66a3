"""Talking to a Label Studio server through label-studio-sdk 2.x. Every failure becomes one line
for the user; the API key is never part of a message."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from annotate.labelstudio.config import labeling_config, missing_from

BATCH = 500
LEGACY_HINT = (
    "Label Studio 1.23 turns legacy tokens off by default: create a personal access token "
    "(Account & Settings > Personal Access Token) and put it in LABEL_STUDIO_API_KEY, or start the "
    "server with LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN=true to use a legacy token")


class LabelStudioError(Exception):
    """One line for the user."""


def credentials(url: str | None) -> tuple[str, str]:
    url = url or os.environ.get("LABEL_STUDIO_URL")
    key = os.environ.get("LABEL_STUDIO_API_KEY")
    if not url:
        raise LabelStudioError("no Label Studio address: give --url or set LABEL_STUDIO_URL")
    if not key:
        raise LabelStudioError("no API key: set LABEL_STUDIO_API_KEY (a personal access token, or "
                               "a legacy token where the server allows them)")
    return url.rstrip("/"), key


def _explain(error: Exception, url: str, what: str) -> LabelStudioError:
    import httpx
    from label_studio_sdk.core.api_error import ApiError

    if isinstance(error, httpx.TransportError):
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return LabelStudioError(f"cannot reach Label Studio at {url}: {reason}")
    if isinstance(error, ApiError):
        if error.status_code == 401:
            return LabelStudioError(f"Label Studio at {url} refused the API key (401). {LEGACY_HINT}")
        if error.status_code == 403:
            return LabelStudioError(f"Label Studio at {url} does not let this user {what} (403)")
        if error.status_code == 404:
            return LabelStudioError(f"Label Studio at {url}: {what}: not found (404)")
        body = error.body if isinstance(error.body, (str, dict)) else ""
        detail = body.get("detail") or body.get("validation_errors") if isinstance(body, dict) else body
        return LabelStudioError(f"Label Studio at {url} answered {error.status_code} when asked to "
                                f"{what}: {str(detail)[:300]}")
    return LabelStudioError(f"Label Studio at {url}: {what}: {type(error).__name__}")


class Server:
    def __init__(self, url: str, key: str) -> None:
        from label_studio_sdk import LabelStudio

        self.url = url
        self._key = key
        self.client = LabelStudio(base_url=url, api_key=key, timeout=120)
        self.call("check the API key", self.client.users.whoami)

    def call(self, what: str, function: Callable, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except LabelStudioError:
            raise
        except Exception as error:  # the SDK raises httpx and ApiError; say which in one line
            message = str(_explain(error, self.url, what))
            raise LabelStudioError(message.replace(self._key, "[API key]")) from None

    def project(self, project_id: int | None, create: str | None) -> tuple[int, bool]:
        """An existing project that can hold claimsift labels, or a new (or same-titled) one."""
        if project_id is not None:
            project = self.call(f"open project {project_id}", self.client.projects.get, project_id)
            reason = missing_from(project.label_config or "")
            if reason:
                raise LabelStudioError(f"project {project_id} cannot take claimsift labels: {reason}")
            self.call(f"check claimsift's labeling config on project {project_id}",
                      self.client.projects.validate_label_config, project_id,
                      label_config=labeling_config())
            return project_id, False
        for project in self.call("list projects", self.client.projects.list):
            if project.title == create:
                return self.project(project.id, None)[0], False
        project = self.call("create a project", self.client.projects.create, title=create,
                            label_config=labeling_config())
        return project.id, True

    def pushed_claims(self, project_id: int) -> set[int]:
        """Claim ids the project already has tasks for (so pushing again adds nothing)."""
        found = set()
        pages = self.call("list tasks", self.client.tasks.list, project=project_id,
                          include="id,data", page_size=1000)
        for task in self.call("list tasks", list, pages):
            data = task.data or {}
            if "claim_id" in data:
                found.add(int(data["claim_id"]))
        return found

    def push(self, project_id: int, tasks: Iterable[dict], on_batch=None,
             batch: int = BATCH) -> tuple[int, int]:
        """Import the tasks whose claims the project lacks, in batches; (imported, already there)."""
        have = self.pushed_claims(project_id)
        imported = skipped = 0
        pending: list[dict] = []

        def send() -> None:
            nonlocal imported
            self.call(f"import tasks into project {project_id}", self.client.projects.import_tasks,
                      project_id, request=pending)
            imported += len(pending)
            if on_batch:
                on_batch(len(pending))
            pending.clear()

        for item in tasks:
            if item["data"]["claim_id"] in have:
                skipped += 1
                continue
            pending.append(item)
            if len(pending) >= batch:
                send()
        if pending:
            send()
        return imported, skipped

    def annotated_tasks(self, project_id: int) -> Iterator[dict]:
        """The project's tasks with their annotations (Label Studio's JSON export)."""
        self.call(f"open project {project_id}", self.client.projects.get, project_id)
        tasks = self.call(f"export project {project_id}", self.client.projects.exports.as_json,
                          project_id)
        if not isinstance(tasks, list):
            raise LabelStudioError(f"the export of project {project_id} is not a list of tasks")
        return tasks

    def users(self) -> dict[int, str]:
        people = self.call("list users", self.client.users.list)
        return {user.id: user.email or user.username or f"label-studio-user-{user.id}"
                for user in people}
