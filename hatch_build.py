"""Wheel build hook: ship resources/ inside the package of a built (non-editable) wheel, with the
translations compiled (resources/translations/between_sessions_<lang>.qm, never committed)."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


def _pipeline() -> Any:
    """packaging/translations.py (lupdate/lrelease), loaded from the checkout."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


class ResourcesHook(BuildHookInterface):  # type: ignore[type-arg]
    """Add resources/ as desktop/_resources to standard wheels only, and the .qm files in it."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """An editable install reads resources/ from the checkout, so it gets nothing here."""
        if version != "standard":
            return
        build_data["force_include"]["resources"] = "desktop/_resources"
        pipeline = _pipeline()
        if pipeline.tool("lrelease") is None:  # the build's own environment has no PySide6
            warnings.warn(
                "pyside6-lrelease not found (beside this Python, in .venv, on PATH): "
                "this wheel speaks English only",
                stacklevel=1,
            )
            return
        self._scratch = tempfile.TemporaryDirectory(prefix="between-sessions-qm-")
        for qm in pipeline.release(Path(self._scratch.name)):
            build_data["force_include"][str(qm)] = f"desktop/_resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """The compiled files were copied into the wheel: their scratch folder goes."""
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            scratch.cleanup()
