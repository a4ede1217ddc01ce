package be.jobbonus.io.internal.xml;

import be.jobbonus.io.internal.LongIntMap;
import be.jobbonus.io.internal.OccupationFields;
import java.util.Arrays;

/**
 * The column buffer of one document: its persons, occupations, services and remunerations as
 * primitive arrays (a column per field, grown by doubling; no object per element), kept until the
 * document has ended and handed over whole, with each person's and occupation's first fault and
 * the persons' index by INSZ. Reused from one document to the next.
 */
final class OccupationColumns {
  int persons;
  long[] pInsz = new long[64]; // valid INSZ, or -1
  long[] pRaw = new long[64]; // the 11 digits as read (valid or not), or -1
  String[] pMasked = new String[64]; // mask of an INSS that could not be read as a number
  int[] pLine = new int[64];
  int[] pCol = new int[64];
  int[] pFirstOcc = new int[64];
  Problem[] pProblem = new Problem[64];
  /** Valid INSZ → person, for an INSS declared twice. */
  final LongIntMap index = new LongIntMap(256);

  int occupations;
  int[] oWorkerCode = new int[256]; // set when the WorkerRecord ends
  int[] oEmployerClass = new int[256]; // set when the WorkerRecord ends; -1 when not given
  int[] oApprenticeship = new int[256]; // 0 when not given
  int[] oWrIndex = new int[256];
  int[] oIndex = new int[256];
  int[] oLine = new int[256];
  int[] oCol = new int[256];
  boolean[] oPartTime = new boolean[256];
  int[] oDays = new int[256];
  int[] oQ = new int[256];
  int[] oS = new int[256];
  int[] oSvcStart = new int[256];
  int[] oSvcCount = new int[256];
  int[] oRemStart = new int[256];
  int[] oRemCount = new int[256];
  Problem[] oProblem = new Problem[256];

  int services;
  int[] sCode = new int[512];
  int[] sDays = new int[512];
  int[] sHours = new int[512];

  int remunerations;
  int[] rCode = new int[512];
  long[] rAmount = new long[512];
  /** Each remuneration's frequency and percentage as one number ({@link OccupationFields#repeatedRemuneration}). */
  long[] rKey = new long[512];

  void clear() {
    Arrays.fill(pProblem, 0, persons, null);
    Arrays.fill(pMasked, 0, persons, null);
    Arrays.fill(oProblem, 0, occupations, null);
    persons = 0;
    occupations = 0;
    services = 0;
    remunerations = 0;
    index.clear();
  }

  int addPerson(int line, int column) {
    if (persons == pInsz.length) {
      int n = persons * 2;
      pInsz = Arrays.copyOf(pInsz, n);
      pRaw = Arrays.copyOf(pRaw, n);
      pMasked = Arrays.copyOf(pMasked, n);
      pLine = Arrays.copyOf(pLine, n);
      pCol = Arrays.copyOf(pCol, n);
      pFirstOcc = Arrays.copyOf(pFirstOcc, n);
      pProblem = Arrays.copyOf(pProblem, n);
    }
    int p = persons++;
    pInsz[p] = -1;
    pRaw[p] = -1;
    pLine[p] = line;
    pCol[p] = column;
    pFirstOcc[p] = occupations;
    return p;
  }

  /** The end (exclusive) of person {@code p}'s occupations, also when the document broke off inside it. */
  int occupationsEnd(int p) {
    return p + 1 < persons ? pFirstOcc[p + 1] : occupations;
  }

  int addOccupation(int wrIndex, int index, int line, int column) {
    if (occupations == oWorkerCode.length) {
      int n = occupations * 2;
      oWorkerCode = Arrays.copyOf(oWorkerCode, n);
      oEmployerClass = Arrays.copyOf(oEmployerClass, n);
      oApprenticeship = Arrays.copyOf(oApprenticeship, n);
      oWrIndex = Arrays.copyOf(oWrIndex, n);
      oIndex = Arrays.copyOf(oIndex, n);
      oLine = Arrays.copyOf(oLine, n);
      oCol = Arrays.copyOf(oCol, n);
      oPartTime = Arrays.copyOf(oPartTime, n);
      oDays = Arrays.copyOf(oDays, n);
      oQ = Arrays.copyOf(oQ, n);
      oS = Arrays.copyOf(oS, n);
      oSvcStart = Arrays.copyOf(oSvcStart, n);
      oSvcCount = Arrays.copyOf(oSvcCount, n);
      oRemStart = Arrays.copyOf(oRemStart, n);
      oRemCount = Arrays.copyOf(oRemCount, n);
      oProblem = Arrays.copyOf(oProblem, n);
    }
    int o = occupations++;
    oWrIndex[o] = wrIndex;
    oIndex[o] = index;
    oLine[o] = line;
    oCol[o] = column;
    oSvcStart[o] = services;
    oSvcCount[o] = 0;
    oRemStart[o] = remunerations;
    oRemCount[o] = 0;
    oApprenticeship[o] = 0;
    return o;
  }

  void addService(int o, int code, int days, int hours) {
    if (services == sCode.length) {
      int n = services * 2;
      sCode = Arrays.copyOf(sCode, n);
      sDays = Arrays.copyOf(sDays, n);
      sHours = Arrays.copyOf(sHours, n);
    }
    sCode[services] = code;
    sDays[services] = days;
    sHours[services] = hours;
    services++;
    oSvcCount[o]++;
  }

  void addRemuneration(int o, int code, long amount, long key) {
    if (remunerations == rCode.length) {
      int n = remunerations * 2;
      rCode = Arrays.copyOf(rCode, n);
      rAmount = Arrays.copyOf(rAmount, n);
      rKey = Arrays.copyOf(rKey, n);
    }
    rCode[remunerations] = code;
    rAmount[remunerations] = amount;
    rKey[remunerations] = key;
    remunerations++;
    oRemCount[o]++;
  }
}
