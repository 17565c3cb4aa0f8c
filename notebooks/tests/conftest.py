"""Fixtures of bin/test.d/70-notebooks: the demo warehouse it built, and the notebooks executed on it once each."""
import os
from pathlib import Path

import nbformat
import papermill
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent
ROOT = NOTEBOOKS.parent
# the kernel spec the stage installs into the venv (python -m ipykernel install --sys-prefix)
KERNEL = os.environ.get("THANTHIEN_NOTEBOOK_KERNEL", "thanthien-notebooks")


def notebook_files():
    return sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.fixture(scope="session")
def warehouse():
    path = os.environ.get("THANTHIEN_WAREHOUSE")
    if not path or not Path(path).is_file():
        pytest.fail("THANTHIEN_WAREHOUSE must name the demo warehouse (bin/test.d/70-notebooks builds it)")
    return Path(path)


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory):
    path = os.environ.get("THANTHIEN_NOTEBOOK_OUT")
    out = Path(path) if path else tmp_path_factory.mktemp("executed")
    out.mkdir(parents=True, exist_ok=True)
    return out


class Executed:
    """Runs a notebook top to bottom with a real kernel (papermill: a failing cell raises), once per parameters."""

    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.runs = {}

    def __call__(self, name, **parameters):
        key = (name, tuple(sorted(parameters.items())))
        if key not in self.runs:
            suffix = "".join(f"-{v}" for _, v in sorted(parameters.items()))
            output = self.out_dir / f"{Path(name).stem}{suffix}.ipynb"
            papermill.execute_notebook(
                str(NOTEBOOKS / name), str(output), parameters=parameters, kernel_name=KERNEL,
                cwd=str(NOTEBOOKS), progress_bar=False)
            self.runs[key] = nbformat.read(output, as_version=4)
        return self.runs[key]


@pytest.fixture(scope="session")
def executed(warehouse, out_dir):
    return Executed(out_dir)


def outputs(nb):
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


def text_of(nb):
    """Everything the notebook printed or displayed as text."""
    parts = []
    for o in outputs(nb):
        if o.output_type == "stream":
            parts.append(o.text)
        elif "data" in o and "text/plain" in o.data:
            parts.append(o.data["text/plain"])
    return "\n".join(parts)


def images_of(nb):
    return [o.data["image/png"] for o in outputs(nb) if "data" in o and "image/png" in o.data]
