"""Command line: a thin shell over hrtracker.service."""
import typer

app = typer.Typer(help="hrtracker: track UN human-rights recommendations.", no_args_is_help=True)
