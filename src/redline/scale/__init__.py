"""Optional runners for corpora that outgrow one machine (Dask: the ``scale`` extra).

Nothing here imports Dask at import time; :func:`redline.scale.dask_runner.run_dask`
imports it when called.
"""
