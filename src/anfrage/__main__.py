from anfrage.cli import main

main()
