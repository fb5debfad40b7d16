"""Exports: one table model across form versions -> csv, xlsx, dta, sav, parquet, qdpx."""
