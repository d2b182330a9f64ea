from firsthand.cli import main

raise SystemExit(main())
