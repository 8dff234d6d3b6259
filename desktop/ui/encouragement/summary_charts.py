"""The charts of a stretch for the session summary: drawn for paper as images (for the screen,
the PDF and print) and said as a Markdown table (for the Markdown file). Private entries are
left out, as everywhere in the summary (looking_back(..., shareable_only=True))."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument

from desktop.reports.session import escape
from desktop.store.looking_back import Stretch, looking_back
from desktop.ui.common import labels
from desktop.ui.encouragement.looking_back import observation_lines, reason_lines
from desktop.ui.encouragement.looking_back_charts import (
    MeasuresChart,
    StepsChart,
    level_word,
    outcomes_text,
)

MOOD_IMAGE = "looking-back-mood.png"
STEPS_IMAGE = "looking-back-steps.png"
#: The charts' width on paper, in the layout's pixels (the text's width on A4 is about 640),
#: drawn at twice that for a sharp print.
IMAGE_WIDTH = 600
IMAGE_RATIO = 2


def stretch_for_summary(first: date, last: date) -> Stretch:
    """The stretch as the summary may show it: without private entries."""
    return looking_back(first, last, shareable_only=True)


def charts_markdown(stretch: Stretch, *, images: bool) -> str:
    """The charts' section of the summary: the images (when images), then a table by week."""
    lines = ["", "## " + QCoreApplication.translate("SummaryCharts", "Looking back"), ""]
    if images:
        mood_chart = QCoreApplication.translate("SummaryCharts", "Mood and energy")
        steps_chart = QCoreApplication.translate("SummaryCharts", "Each step, week by week")
        lines += [f"![{mood_chart}]({MOOD_IMAGE})", ""]
        lines += [f"![{steps_chart}]({STEPS_IMAGE})", ""]
    header = [
        QCoreApplication.translate("SummaryCharts", "Week of"),
        QCoreApplication.translate("SummaryCharts", "Mood"),
        QCoreApplication.translate("SummaryCharts", "Energy"),
        QCoreApplication.translate("SummaryCharts", "Steps"),
    ]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for week in stretch.weeks:
        steps = [
            f"{escape(step.title)}: {outcomes_text(found.counts)}"
            for step in stretch.steps
            for found in step.weeks
            if found.week == week.start
        ]
        cells = [
            labels.day(week.start),
            level_word(week.mood, mood=True) if week.mood is not None else "",
            level_word(week.energy, mood=False) if week.energy is not None else "",
            "; ".join(steps),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    reasons = reason_lines(stretch)
    if reasons:
        in_the_way = QCoreApplication.translate("SummaryCharts", "What got in the way, and when")
        lines += ["", f"### {in_the_way}", ""]
        lines += [f"- {escape(line)}" for line in reasons]
    noticed = observation_lines(stretch)
    if noticed:
        notice = QCoreApplication.translate("SummaryCharts", "Things you might notice")
        lines += ["", f"### {notice}", ""]
        lines += [f"- {escape(line)}" for line in noticed]
    return "\n".join(lines) + "\n"


def with_charts(markdown: str, charts: str) -> str:
    """The summary's Markdown with the charts' section put in before its footer."""
    body, rule, footer = markdown.rpartition("\n---\n")
    if not rule:
        return markdown + charts
    return f"{body}\n{charts}{rule}{footer}"


def paper_palette() -> QPalette:
    """Black on white with a calm blue accent: the charts as they print."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Highlight, "#2f6db5"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#555555"),
        (QPalette.ColorRole.Mid, "#b0b0b0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _image(chart: MeasuresChart | StepsChart, stretch: Stretch) -> QImage:
    chart.setPalette(paper_palette())
    chart.show_stretch(stretch)
    height = chart.sizeHint().height()
    chart.resize(IMAGE_WIDTH, height)
    image = QImage(IMAGE_WIDTH * IMAGE_RATIO, height * IMAGE_RATIO, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(IMAGE_RATIO)
    image.fill(Qt.GlobalColor.white)
    chart.render(image)
    return image


def chart_images(stretch: Stretch) -> dict[str, QImage]:
    """The two charts of a stretch drawn for paper, by the names the Markdown gives them."""
    return {
        MOOD_IMAGE: _image(MeasuresChart(), stretch),
        STEPS_IMAGE: _image(StepsChart(), stretch),
    }


def add_images(document: QTextDocument, images: dict[str, QImage]) -> None:
    """Give a document the charts its Markdown names (after setting it: that clears them)."""
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
