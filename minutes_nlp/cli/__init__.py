"""The thin command-line layer: parse arguments, call one library function, render, map errors."""
