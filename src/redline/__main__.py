from redline.cli import main

main()
