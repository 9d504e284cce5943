"""How a case's related facts look in the API.

Wagtail's default for a relation is an id with a link to that model's own
endpoint; kommuner, målgrupper and partners have no endpoint, so the API
nests the facts a consumer needs instead (https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html).
"""

from rest_framework import serializers
from taggit.models import Tag
from wagtail.api import APIField

from casestudies.models import Kommune, Maalgruppe, Partner, Region
from casestudies.sections import SECTIONS


class RegionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Region
        fields = ["name", "slug"]


class KommuneSerializer(serializers.ModelSerializer):
    region = RegionSerializer(read_only=True)

    class Meta:
        model = Kommune
        fields = ["name", "official_name", "slug", "region"]


class MaalgruppeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Maalgruppe
        fields = ["name", "slug"]


class PartnerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Partner
        fields = ["name", "url"]


class TagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["name", "slug"]


class OmraadeField(serializers.Field):
    """The område as its stable code (what ?omraade= takes) and its Danish label."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, case):
        return {"code": case.omraade, "label": case.omraade_label}


CASE_API_FIELDS = [
    APIField("date"),
    APIField("omraade", serializer=OmraadeField(read_only=True)),
    APIField("kommuner", serializer=KommuneSerializer(many=True, read_only=True)),
    APIField("maalgrupper", serializer=MaalgruppeSerializer(many=True, read_only=True)),
    APIField("summary"),
    APIField("tags", serializer=TagSerializer(many=True, read_only=True)),
    # Facts about the programme.
    APIField("period_start"),
    APIField("period_end"),
    APIField("scope"),
    APIField("participants"),
    APIField("partners", serializer=PartnerSerializer(many=True, read_only=True)),
    # The eight sections, in the format's order, then the contact details the
    # case page also shows.
    *[APIField(section.field) for section in SECTIONS],
    APIField("contact_name"),
    APIField("contact_email"),
    APIField("contact_phone"),
]

# What a listing shows without ?fields=: enough for a card or a newsletter item.
CASE_LISTING_FIELDS = ["date", "omraade", "kommuner", "maalgrupper", "summary", "tags"]
