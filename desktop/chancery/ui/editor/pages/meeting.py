"""The Meeting tab: kind and format, dates, sides, status, occasion, place and publication."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .... import record
from ...messages import our_side_labels, side_labels
from ..country_picker import CountryPicker
from ..dates import DateField
from ..lists import ListContext
from ..reflow import Reflow
from ..widgets import OptionalSpinBox, VocabCombo
from .base import EditorPage, form_box, translate


class MeetingPage(EditorPage):
    """What the meeting was, when and where, and how it was published."""

    kindChanged = Signal(object)  # the kind of meeting (str or None): the wording of sides follows it

    def __init__(self, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._occasion_loaded = False
        self._build(ctx.lang)

    def title(self) -> str:
        return translate("MeetingEditor", "&Meeting")

    def _build(self, lang: str) -> None:
        self.kind_combo = VocabCombo("meeting_kind", lang,
                                     placeholder=translate("MeetingEditor", "Choose the kind of meeting…"), parent=self)
        self.format_combo = VocabCombo("meeting_format", lang, none_label=translate("MeetingEditor", "— not stated"),
                                       parent=self)
        self.date_edit = DateField(lang, self)
        self.date_edit.setObjectName("date")
        self.end_date_edit = DateField(lang, self)
        self.end_date_edit.setObjectName("end_date")
        self.end_date_edit.edit.setToolTip(
            translate("MeetingEditor", "For a meeting over several days; leave empty otherwise"))
        self.end_date_edit.set_reference(self.date_edit.date)
        self.our_side_combo = VocabCombo("our_side", lang, parent=self)
        self.initiated_combo = VocabCombo("side", lang, none_label=translate("MeetingEditor", "— not stated"),
                                          codes=record.SIDES, parent=self)
        self.initiated_combo.setToolTip(translate(
            "MeetingEditor", "Who asked for the call, or at whose invitation the visit took place"))
        self.status_combo = VocabCombo("status", lang, parent=self)
        self.status_combo.setToolTip(
            translate("MeetingEditor", "A draft may be incomplete; a final record must be valid"))
        self.classification_combo = VocabCombo("classification", lang, parent=self)

        meeting_box = form_box(translate("MeetingEditor", "Meeting"), [
            (translate("MeetingEditor", "&Kind:"), self.kind_combo),
            (translate("MeetingEditor", "Fo&rmat:"), self.format_combo),
            (translate("MeetingEditor", "Da&te:"), self.date_edit),
            (translate("MeetingEditor", "End &date:"), self.end_date_edit),
            (translate("MeetingEditor", "Our &side:"), self.our_side_combo),
            (translate("MeetingEditor", "Initiated &by:"), self.initiated_combo),
            (translate("MeetingEditor", "St&atus:"), self.status_combo),
            (translate("MeetingEditor", "C&lassification:"), self.classification_combo),
        ], self)

        self.occasion_event = self._localized("occasion_event", per_row=2)
        self.occasion_event.setToolTip(
            translate("MeetingEditor", "The multilateral event, e.g. “session of the UN General Assembly”"))
        self.occasion_ordinal = OptionalSpinBox(999, self)
        self.occasion_ordinal.setToolTip(translate("MeetingEditor", "e.g. 76 for the 76th session"))
        self.occasion_relation = VocabCombo("occasion_relation", lang, parent=self)
        self.occasion_box = form_box(translate("MeetingEditor", "Occasion (meeting on the sidelines)"), [
            (translate("MeetingEditor", "Event:"), self.occasion_event),
            (translate("MeetingEditor", "Ordinal:"), self.occasion_ordinal),
            (translate("MeetingEditor", "When:"), self.occasion_relation),
        ], self)

        self.city_edit = self._localized("place_city")
        self.country_picker = CountryPicker(lang, self)
        self.venue_edit = self._localized("place_venue")
        place_box = form_box(translate("MeetingEditor", "Place"), [
            (translate("MeetingEditor", "Cit&y:"), self.city_edit),
            (translate("MeetingEditor", "Co&untry:"), self.country_picker),
            (translate("MeetingEditor", "Venue:"), self.venue_edit),
        ], self)

        self.agency_edit = self._localized("publication_agency", allow_plain=True, plain_default=True)
        self.publisher_edit = self._localized("publication_publisher")
        self.publisher_edit.setToolTip(
            translate("MeetingEditor", "The issuing ministry or office, when there is no agency"))
        self.dateline_edit = self._localized("publication_dateline")
        self.dateline_edit.setToolTip(
            translate("MeetingEditor", "The city that opens the communiqué (“Bakou, 2 juillet”)"))
        self.publication_date_edit = DateField(lang, self)
        self.publication_date_edit.setObjectName("publication_date")
        self.publication_date_edit.set_reference(self.date_edit.date)
        self.attribution_edit = self._localized("publication_attribution")
        self.attribution_edit.setToolTip(
            translate("MeetingEditor", "A sourcing line (“according to the ministry's press service”)"))
        publication_box = form_box(translate("MeetingEditor", "Publication"), [
            (translate("MeetingEditor", "A&gency:"), self.agency_edit),
            (translate("MeetingEditor", "Publisher:"), self.publisher_edit),
            (translate("MeetingEditor", "Dateline:"), self.dateline_edit),
            (translate("MeetingEditor", "Published:"), self.publication_date_edit),
            (translate("MeetingEditor", "Attribution:"), self.attribution_edit),
        ], self)

        # Place and Publication beside Meeting on a wide form, below it on a narrow one.
        left, right = QWidget(self), QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(meeting_box)
        column.addWidget(self.occasion_box)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(place_box)
        column.addWidget(publication_box)
        self.meeting_reflow = Reflow(self)
        self.meeting_reflow.add(left, 2)
        self.meeting_reflow.add(right, 3)
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(self.meeting_reflow)
        page_layout.addStretch(1)

        for combo in (self.kind_combo, self.format_combo, self.our_side_combo, self.initiated_combo,
                      self.status_combo, self.classification_combo, self.occasion_relation):
            combo.currentIndexChanged.connect(self._edited)
        for widget in (self.date_edit, self.end_date_edit, self.publication_date_edit, self.occasion_ordinal,
                       self.country_picker):
            widget.changed.connect(self._edited)
        self.kind_combo.currentIndexChanged.connect(self._update_occasion)
        self.kind_combo.currentIndexChanged.connect(self._update_sides)

        for path, widget in (
            ("status", self.status_combo), ("classification", self.classification_combo),
            ("kind", self.kind_combo), ("format", self.format_combo), ("our_side", self.our_side_combo),
            ("date", self.date_edit), ("end_date", self.end_date_edit), ("initiated_by", self.initiated_combo),
            ("place", self.city_edit), ("place.city", self.city_edit), ("place.country", self.country_picker),
            ("place.venue", self.venue_edit), ("publication", self.agency_edit),
            ("publication.agency", self.agency_edit), ("publication.publisher", self.publisher_edit),
            ("publication.dateline", self.dateline_edit), ("publication.date", self.publication_date_edit),
            ("publication.attribution", self.attribution_edit), ("occasion", self.occasion_event),
            ("occasion.event", self.occasion_event), ("occasion.ordinal", self.occasion_ordinal),
            ("occasion.relation", self.occasion_relation),
        ):
            self._field(f"meeting.{path}", widget)

    # -------------------------------------------------------------- record

    def load(self, meeting: dict) -> None:
        self.kind_combo.set_value(meeting["kind"])
        self.format_combo.set_value(meeting["format"])
        self.date_edit.set_value(meeting["date"])
        self.end_date_edit.set_value(meeting["end_date"])
        self.our_side_combo.set_value(meeting["our_side"])
        self.initiated_combo.set_value(meeting["initiated_by"])
        self.status_combo.set_value(meeting["status"])
        self.classification_combo.set_value(meeting["classification"])

        place = meeting["place"] if isinstance(meeting["place"], dict) else {}
        self.city_edit.set_value(place.get("city"))
        self.country_picker.set_value(place.get("country"))
        self.venue_edit.set_value(place.get("venue"))
        publication = meeting["publication"] if isinstance(meeting["publication"], dict) else {}
        self.agency_edit.set_value(publication.get("agency"))
        self.publisher_edit.set_value(publication.get("publisher"))
        self.dateline_edit.set_value(publication.get("dateline"))
        self.publication_date_edit.set_value(publication.get("date"))
        self.attribution_edit.set_value(publication.get("attribution"))
        occasion = meeting["occasion"] if isinstance(meeting["occasion"], dict) else {}
        self._occasion_loaded = bool(occasion)
        self.occasion_event.set_value(occasion.get("event"))
        self.occasion_ordinal.set_number(occasion.get("ordinal"))
        self.occasion_relation.set_value(occasion.get("relation") or "during")
        self._update_occasion()
        self._update_sides()

    def fill(self, meeting: dict) -> None:
        meeting["kind"] = self.kind_combo.value()
        meeting["format"] = self.format_combo.value()
        meeting["date"] = self.date_edit.value()
        meeting["end_date"] = self.end_date_edit.value()
        meeting["our_side"] = self.our_side_combo.value()
        meeting["initiated_by"] = self.initiated_combo.value()
        meeting["status"] = self.status_combo.value()
        meeting["classification"] = self.classification_combo.value()

        place = meeting["place"] if isinstance(meeting["place"], dict) else {}
        place.update(city=self.city_edit.value() or {}, country=self.country_picker.value(),
                     venue=self.venue_edit.value())
        meeting["place"] = place
        publication = meeting["publication"] if isinstance(meeting["publication"], dict) else {}
        publication.update(agency=self.agency_edit.value(), publisher=self.publisher_edit.value(),
                           dateline=self.dateline_edit.value(), date=self.publication_date_edit.value(),
                           attribution=self.attribution_edit.value())
        meeting["publication"] = publication
        if self.occasion_box.isVisibleTo(self) and (
            self.occasion_event.value() or self.occasion_ordinal.number() is not None
        ):
            occasion = meeting["occasion"] if isinstance(meeting["occasion"], dict) else {}
            occasion.update(event=self.occasion_event.value() or {}, ordinal=self.occasion_ordinal.number(),
                            relation=self.occasion_relation.value())
            meeting["occasion"] = occasion
        else:
            meeting["occasion"] = None

    # ------------------------------------------------------------- editing

    def kind(self) -> str | None:
        """The kind of meeting chosen (its wording of sides follows it)."""
        return self.kind_combo.value()

    def _update_sides(self, *_args: Any) -> None:
        """A call or a videoconference has a calling and a called side; a visit a host and a visiting side."""
        kind = self.kind()
        self.our_side_combo.relabel(our_side_labels(kind))
        self.initiated_combo.relabel(side_labels(kind))
        self.kindChanged.emit(kind)

    def _update_occasion(self, *_args: Any) -> None:
        visible = self.kind_combo.value() == "sidelines" or self._occasion_loaded
        self.occasion_box.setVisible(visible)
