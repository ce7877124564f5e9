"""What both web packages need, below both: `api/` (machines) and `review_ui/` (people) are siblings that
never import each other, and both import from here.

- `accounts`: users, password hashes, login sessions, API tokens, CSRF tokens, and what the admin pages
  do to users (create, change role or active, set a password, end logins), as plain functions;
- `deps`: the request dependencies (`SessionDep`, `SettingsDep`, `ApiUser`, and for the screen
  `ClerkDep`, `AdminDep`, the CSRF check), `LoginRequired` and the one handler turning it into a redirect;
- `overrides`: the settings overrides stored in the database (the thresholds an admin changes).
"""
