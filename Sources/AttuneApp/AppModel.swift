import AttuneTUI
import AttuneDomain
