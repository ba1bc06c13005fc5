"""Two `anfrage render` processes writing the same output never leave a mixed or corrupt file."""

import subprocess
import sys
import zipfile
from pathlib import Path

import docx

from conftest import INQUIRY


def test_parallel_renders_of_the_same_output(project) -> None:
    path = project.standard(INQUIRY.replace("[Antwort eins.]", "['" + "Lang. " * 2000 + "']"))
    command = [sys.executable, "-m", "anfrage", "render", str(path), "--force"]
    subprocess.run(command, check=True, capture_output=True, cwd=project.root)
    out = project.root / "out" / "test.docx"
    expected = out.read_bytes()
    for _ in range(4):
        runs = [
            subprocess.Popen(
                command, cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(3)
        ]
        results = [(p.communicate(timeout=120), p.returncode) for p in runs]
        assert [code for _, code in results] == [0, 0, 0], results
        assert out.read_bytes() == expected  # byte-identical: whole, never mixed
        with zipfile.ZipFile(out) as z:
            assert z.testzip() is None
        docx.Document(str(out))
    assert [p.name for p in Path(project.root, "out").iterdir()] == ["test.docx"]
