"""The analysts' notebooks: committed without outputs, executed on the demo warehouse with a real Jupyter kernel."""
import base64
import re
import sys

import jupyter_client.kernelspec
import nbformat
import papermill
import pytest

from conftest import KERNEL, NOTEBOOKS, images_of, notebook_files, outputs, text_of

NAMES = [p.name for p in notebook_files()]
PROFILE = "01-ho-so-don-vi.ipynb"


def test_there_are_at_least_three_notebooks():
    assert len(NAMES) >= 3, NAMES


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, cell in enumerate(nb.cells)
             if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert dirty == [], f"{name}: cells {dirty} keep outputs; clear them before committing"


@pytest.mark.parametrize("name", NAMES)
def test_reads_only_published_tables(name):
    """The build's internal steps (int_, stg_) are no analyst's tables: they change without notice."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    code = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
    assert not re.findall(r"\b(?:int|stg)_[a-z_]+", code)
    assert "read_only=True" in code


def test_the_profile_takes_the_unit_as_papermill_parameter():
    nb = nbformat.read(NOTEBOOKS / PROFILE, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", []), "the first code cell must be tagged `parameters`"
    assert "unit_id = " in code[0].source


def test_the_kernel_is_the_venvs():
    spec = jupyter_client.kernelspec.get_kernel_spec(KERNEL)
    assert spec.argv[0].startswith(sys.prefix), f"kernel {KERNEL} runs {spec.argv[0]}, not this venv's Python"


@pytest.mark.parametrize("name", NAMES)
def test_runs_top_to_bottom_on_the_published_warehouse_read_only(name, executed, warehouse, out_dir):
    before = (warehouse.stat().st_size, warehouse.stat().st_mtime_ns)
    nb = executed(name)
    assert not [o for o in outputs(nb) if o.output_type == "error"]
    text = text_of(nb)
    # the setup cell: the venv's client at the JDBC driver's version, on the warehouse the test names
    assert f"duckdb 2.0.0 · {warehouse}" in text
    images = images_of(nb)
    assert images, f"{name} drew no figure"
    (out_dir / f"{name[:-len('.ipynb')]}.png").write_bytes(base64.b64decode(images[0]))
    assert (warehouse.stat().st_size, warehouse.stat().st_mtime_ns) == before
    assert not warehouse.with_name(warehouse.name + ".wal").exists()


def test_the_profile_of_the_default_unit(executed):
    text = text_of(executed(PROFILE))
    assert "Đơn vị: Phủ Lý (phuong-phu-ly-2025), nhóm PHUONG" in text
    # formed on 1/7/2025 from Châu Cầu, Liêm Chính, Quang Trung and Thanh Châu: 2021–2024 reconstructed
    assert "Số năm có điểm: 5 (2021–2025), trong đó 4 năm tính lại từ đơn vị tiền thân" in text
    assert "Tổng theo nhóm khớp mart_unit_scorecard" in text


def test_the_profile_of_another_unit(executed):
    nb = executed(PROFILE, unit_id="pb-noi-vu")
    assert any("injected-parameters" in cell.metadata.get("tags", []) for cell in nb.cells)
    text = text_of(nb)
    # a city office until the reorganisation of 30/6/2025: no annual row of its own for 2025
    assert "Đơn vị: Phòng Nội vụ (pb-noi-vu), nhóm PHONG_BAN" in text
    assert "Số năm có điểm: 4 (2021–2024), trong đó 0 năm tính lại từ đơn vị tiền thân" in text
    assert "Phủ Lý" not in text
    assert images_of(nb)


def test_an_unknown_unit_stops_with_a_clear_message(executed):
    with pytest.raises(papermill.PapermillExecutionError, match="Không có đơn vị 'khong-co' trong dim_unit"):
        executed(PROFILE, unit_id="khong-co")


def test_the_peer_group_notebook_shows_the_merged_units(executed):
    text = text_of(executed("02-nhom-don-vi-va-sap-nhap.ipynb"))
    # the five wards of 1/7/2025 (Châu Sơn, Hà Nam, Liêm Tuyền, Phù Vân, Phủ Lý), each with 2021–2024 rebuilt
    assert "Đơn vị có năm tính lại: 5; dòng tính lại: 20; năm: [2021, 2022, 2023, 2024, 2025]" in text


def test_the_watch_list_notebook_covers_every_year(executed):
    text = text_of(executed("03-danh-sach-theo-doi.ipynb"))
    assert "Kỳ năm có trong danh sách theo dõi: [2021, 2022, 2023, 2024, 2025]" in text
