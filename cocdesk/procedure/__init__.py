"""The response procedure and the risk x impact matrix, as validated data."""

from cocdesk.procedure.loader import ProcedureError, default_procedure, load_procedure, parse_procedure
from cocdesk.procedure.model import (
    FieldKind,
    FieldSpec,
    Matrix,
    Part,
    Procedure,
    QuadrantSpec,
    Step,
    StepRole,
)

__all__ = [
    "FieldKind",
    "FieldSpec",
    "Matrix",
    "Part",
    "Procedure",
    "ProcedureError",
    "QuadrantSpec",
    "Step",
    "StepRole",
    "default_procedure",
    "load_procedure",
    "parse_procedure",
]
