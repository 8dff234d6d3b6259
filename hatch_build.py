"""Wheel build hook: ship resources/ inside the package of a built (non-editable) wheel."""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ResourcesHook(BuildHookInterface):  # type: ignore[type-arg]
    """Add resources/ as desktop/_resources to standard wheels only."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """An editable install reads resources/ from the checkout, so it gets nothing here."""
        if version == "standard":
            build_data["force_include"]["resources"] = "desktop/_resources"
