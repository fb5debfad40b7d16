"""Realistic submissions for the study forms (invented people, no real data)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

STORY = (
    "Cuando mi hijo terminó el colegio se fue a Lima a trabajar en una fábrica de tejidos. "
    "Al principio mandaba plata cada dos meses, pero después se casó y ahora viene solo para "
    "la fiesta patronal. Mi hija la mayor estudia enfermería en Huancayo y en las vacaciones "
    "vuelve a ayudar en la chacra con la cosecha de papa y habas. Antes éramos ochenta "
    "familias en la comunidad, ahora quedan como cuarenta; los jóvenes ya no quieren quedarse "
    "porque la chacra no alcanza y en la ciudad hay más oportunidades. La asociación de "
    "residentes en Lima compró uniformes para el equipo de fútbol y pagó la banda de músicos. "
)


def household_answers() -> dict[str, Any]:
    """Return a complete, valid household interview (about 5 KB as JSON)."""
    return copy.deepcopy(
        {
            "consent": True,
            "village": "ccollpa",
            "interview_date": "2005-07-14",
            "respondent_name": "Juana Quispe Huamán",
            "respondent_phone": "+51 964 123 456",
            "respondent_sex": "mujer",
            "respondent_age": 47,
            "land_held_ha": 0.75,
            "land_uses": ["consumo", "ganado"],
            "members": [
                {
                    "_item_id": "6c1e0b0e-3f7a-4a51-9a0e-6a1f2b7f0a01",
                    "member_name": "Juana",
                    "relation": "jefe",
                    "sex": "mujer",
                    "age": 47,
                    "schooling": "primaria_inc",
                    "lives_now": "aqui",
                    "has_migrated": False,
                },
                {
                    "_item_id": "6c1e0b0e-3f7a-4a51-9a0e-6a1f2b7f0a02",
                    "member_name": "Rubén",
                    "relation": "hijo",
                    "sex": "hombre",
                    "age": 24,
                    "schooling": "secundaria",
                    "lives_now": "lima",
                    "has_migrated": True,
                    "episodes": [
                        {
                            "_item_id": "1b7d6a9e-5d3c-4c2b-8e1f-0a9b8c7d6e01",
                            "destination": "lima",
                            "duration_type": "temporal",
                            "months": ["01", "02", "03"],
                            "start_year": 1998,
                            "reason": "trabajo",
                            "work_done": "Ayudante en un mercado mayorista durante las vacaciones",
                            "sends_home": ["dinero"],
                        },
                        {
                            "_item_id": "1b7d6a9e-5d3c-4c2b-8e1f-0a9b8c7d6e02",
                            "destination": "lima",
                            "duration_type": "permanente",
                            "start_year": 2000,
                            "reason": "trabajo",
                            "work_done": "Operario en una fábrica de tejidos",
                            "sends_home": ["dinero", "bienes"],
                        },
                    ],
                },
                {
                    "_item_id": "6c1e0b0e-3f7a-4a51-9a0e-6a1f2b7f0a03",
                    "member_name": "Marisol",
                    "relation": "hijo",
                    "sex": "mujer",
                    "age": 19,
                    "schooling": "superior",
                    "lives_now": "huancayo",
                    "has_migrated": True,
                    "episodes": [
                        {
                            "_item_id": "1b7d6a9e-5d3c-4c2b-8e1f-0a9b8c7d6e03",
                            "destination": "huancayo",
                            "duration_type": "permanente",
                            "start_year": 2004,
                            "reason": "estudio",
                            "sends_home": {"_missing": "dont_know"},
                        },
                        {
                            "_item_id": "1b7d6a9e-5d3c-4c2b-8e1f-0a9b8c7d6e04",
                            "destination": "extranjero",
                            "country": "Argentina",
                            "duration_type": "estacional",
                            "months": ["12", "01"],
                            "reason": "trabajo",
                            "sends_home": ["nada"],
                        },
                    ],
                },
            ],
            "displaced": "si",
            "displaced_to": "huancayo",
            "displacement_story": {"_missing": "refused"},
            "association_member": "si",
            "association_city": "lima",
            "association_funds": ["fiesta", "deporte"],
            "youth_plans": ["estudiar_ciudad", "trabajar_ciudad"],
            "migration_impact": STORY * 3,
            "future": "Que estudien y sean profesionales; en la chacra no hay futuro.",
        }
    )


def ngo_answers() -> dict[str, Any]:
    """Return a valid NGO representative interview."""
    return {
        "consent": True,
        "interview_date": "2005-06-30",
        "ngo_name": "Asociación para el Desarrollo Andino",
        "representative_role": "Coordinadora de proyectos",
        "provinces": ["huancavelica", "acobamba"],
        "focus": ["agricultura", "mercados"],
        "programmes": "Mejoramiento de cultivos nativos y ferias agropecuarias en Manta.",
        "staff_total": 12,
        "staff_from_region": 5,
        "migration_view": "amenaza",
        "migration_duration_view": "temporal",
        "migration_trend": "disminuye",
        "migration_causes": "Sobre todo la violencia de los años ochenta.",
        "youth_target": False,
        "migrants_as_partners": {"_missing": "not_asked"},
    }


def community_answers() -> dict[str, Any]:
    """Return the Chanquil row of the study's Table 2 as a community profile."""
    return {
        "province": "acobamba",
        "district": "rosario",
        "village": "chanquil",
        "population_people": 3900,
        "population_families": 780,
        "population_scope": "comunidad",
        "avg_land_ha": 1.5,
        "high_school": "si",
        "economic_activities": ["cultivos_mercado", "ganado", "migracion_temporal"],
        "violence_affected": "algo",
        "main_destinations": ["lima", "huancayo", "selva"],
        "migration_observations": "Aprox. 80% de los hombres salen en sept/oct y dic/ene.",
    }


def load_study_form(name: str) -> dict[str, Any]:
    """Return one of the study's authored forms from forms/study/."""
    path = Path(__file__).resolve().parents[3] / "forms" / "study" / f"{name}.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def minimal_form(**properties: Any) -> dict[str, Any]:
    """Return a small valid form, with extra top-level properties merged in."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "x-form": {"form_id": "mini", "languages": ["es", "en"]},
        "properties": {
            "village": {
                "x-privacy": "quasi",
                "x-prompt": {"es": "Comunidad"},
                "x-choices": [
                    {"value": "manta", "label": {"es": "Manta"}},
                    {"value": "chanquil", "label": {"es": "Chanquil"}},
                ],
            },
            "age": {"type": "integer", "x-privacy": "quasi", "minimum": 0},
            "people": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"name": {"type": "string", "x-privacy": "direct"}},
                },
            },
            **properties,
        },
        "required": ["village"],
    }
