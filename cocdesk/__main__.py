from cocdesk.cli import main

raise SystemExit(main())
