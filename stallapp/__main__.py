from stallapp.cli import main

raise SystemExit(main())
