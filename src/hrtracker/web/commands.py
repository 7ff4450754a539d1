"""CLI commands of the web layer: ``serve``, ``user add|list|passwd``, ``token create``.

cli.py registers them: ``app.command()(serve)``, ``app.add_typer(user_app, name="user")``,
``app.add_typer(token_app, name="token")``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from .. import accounts, service
from ..errors import HRTrackerError

DbOpt = Annotated[str | None, typer.Option("--db", help="Database file or SQLAlchemy URL "
                                           "(default: $HRTRACKER_DB, else the user data dir).")]

user_app = typer.Typer(help="Web users (editors change statuses and upload; admins too).", no_args_is_help=True)
token_app = typer.Typer(help="API tokens for writes through /api.", no_args_is_help=True)


def _fail(msg: str) -> None:
    typer.echo(msg, err=True)
    raise typer.Exit(1)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: DbOpt = None,
    private: Annotated[bool | None, typer.Option("--private/--public", help="Reading needs a signed-in user "
                                                 "(default: $HRTRACKER_PRIVATE).")] = None,
) -> None:
    """Run the web app and JSON API (docs at /docs)."""
    import uvicorn

    from .app import create_app

    app = create_app(db, private=private)
    typer.echo(f"hrtracker on http://{host}:{port}  (database: {app.state.store.url}"
               f"{', private' if app.state.private else ''})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="User name to sign in with.")],
    role: Annotated[str, typer.Option(help="editor | admin")] = "editor",
    password: Annotated[str | None, typer.Option(help="Password (prompted for when absent).")] = None,
    db: DbOpt = None,
) -> None:
    """Create a user (password hashed with argon2id)."""
    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        accounts.add_user(service.open_store(db), name, password, role=role)
    except HRTrackerError as e:
        _fail(str(e))
    typer.echo(f"user {name} added ({role})")


@user_app.command("list")
def user_list(db: DbOpt = None) -> None:
    """List users and their roles."""
    for u in accounts.list_users(service.open_store(db)):
        typer.echo(f"{u['name']}\t{u['role']}\t{u['created_at']:%Y-%m-%d}")


@user_app.command("passwd")
def user_passwd(
    name: Annotated[str, typer.Argument(help="User name.")],
    password: Annotated[str | None, typer.Option(help="New password (prompted for when absent).")] = None,
    db: DbOpt = None,
) -> None:
    """Set a user's password."""
    if password is None:
        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    try:
        accounts.set_password(service.open_store(db), name, password)
    except HRTrackerError as e:
        _fail(str(e))
    typer.echo(f"password of {name} changed")


@token_app.command("create")
def token_create(
    user: Annotated[str, typer.Option("--user", help="The user the token acts as.")],
    db: DbOpt = None,
) -> None:
    """Create an API token and print it once (only its hash is stored)."""
    try:
        tok = accounts.create_token(service.open_store(db), user)
    except HRTrackerError as e:
        _fail(str(e))
    typer.echo(tok)
