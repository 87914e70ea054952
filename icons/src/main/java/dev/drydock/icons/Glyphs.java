package dev.drydock.icons;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The one place that maps {@link Glyph} names to the icon font (Material Design Icons via Ikonli). */
public final class Glyphs {

    private Glyphs() {
    }

    /** A new icon node for the glyph (nodes cannot be shared between parents). */
    public static FontIcon of(Glyph glyph) {
        FontIcon icon = new FontIcon(ikon(glyph));
        icon.getStyleClass().add("glyph-" + glyph.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return icon;
    }

    static Ikon ikon(Glyph glyph) {
        return switch (glyph) {
            case OVERVIEW -> MaterialDesignV.VIEW_DASHBOARD_OUTLINE;
            case IMAGES -> MaterialDesignL.LAYERS_OUTLINE;
            case CONTAINERS -> MaterialDesignP.PACKAGE_VARIANT_CLOSED;
            case DOCKERFILES -> MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE;
            case REFRESH -> MaterialDesignR.REFRESH;
            case SETTINGS -> MaterialDesignC.COG_OUTLINE;
            case START -> MaterialDesignP.PLAY;
            case STOP -> MaterialDesignS.STOP;
            case RESTART -> MaterialDesignR.RESTART;
            case REMOVE -> MaterialDesignD.DELETE_OUTLINE;
            case OPEN_FILE -> MaterialDesignF.FOLDER_OPEN_OUTLINE;
            case CONNECTED -> MaterialDesignL.LAN_CONNECT;
            case DISCONNECTED -> MaterialDesignL.LAN_DISCONNECT;
            case WARNING -> MaterialDesignA.ALERT_OUTLINE;
            case ERROR -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case STYLE_HINT -> MaterialDesignF.FORMAT_PAINT;
            case QUICK_FIX -> MaterialDesignL.LIGHTBULB_ON_OUTLINE;
            case CANCEL -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
            case FIX -> MaterialDesignW.WRENCH_OUTLINE;
            case SEARCH -> MaterialDesignM.MAGNIFY;
            case NEW_FILE -> MaterialDesignF.FILE_PLUS_OUTLINE;
            case SAVE -> MaterialDesignC.CONTENT_SAVE_OUTLINE;
            case EXPORT -> MaterialDesignE.EXPORT_VARIANT;
            case SAMPLES -> MaterialDesignS.SCHOOL_OUTLINE;
            case SCAN -> MaterialDesignS.SHIELD_SEARCH;
            case VULNERABILITY_DATABASE -> MaterialDesignD.DATABASE_OUTLINE;
            case DOWNLOAD_UPDATE -> MaterialDesignD.DATABASE_ARROW_DOWN_OUTLINE;
            case IMPORT -> MaterialDesignD.DATABASE_IMPORT_OUTLINE;
            case SECCOMP -> MaterialDesignS.SHIELD_LOCK_OUTLINE;
        };
    }
}
