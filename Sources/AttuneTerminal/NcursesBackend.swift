import AttuneTUI
import CNcursesw
