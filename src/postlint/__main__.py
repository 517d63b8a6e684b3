from postlint.cli import main

main()
